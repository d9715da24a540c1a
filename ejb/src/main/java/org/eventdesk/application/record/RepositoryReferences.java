package org.eventdesk.application.record;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.record.RecordReferences;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceRepository;

/** The record rules' lookups, answered from the database; taxonomy read once per save. */
public final class RepositoryReferences implements RecordReferences {
    private final RecordRepository records;
    private final TaxonomyRepository taxonomy;
    private final SourceRepository sources;
    private Set<String> types;
    private Set<String> categories;

    public RepositoryReferences(RecordRepository records, TaxonomyRepository taxonomy, SourceRepository sources) {
        this.records = records;
        this.taxonomy = taxonomy;
        this.sources = sources;
    }

    @Override
    public boolean isEventType(String code) {
        if (types == null) {
            types = taxonomy.eventTypes().stream()
                    .filter(EventType::isActive)
                    .map(EventType::getCode)
                    .collect(Collectors.toSet());
        }
        return types.contains(code);
    }

    @Override
    public boolean isFigureCategory(String code) {
        if (categories == null) {
            categories = taxonomy.figureCategories().stream()
                    .filter(FigureCategory::isActive)
                    .map(FigureCategory::getCode)
                    .collect(Collectors.toSet());
        }
        return categories.contains(code);
    }

    @Override
    public Optional<Source> source(long id) {
        return sources.find(id);
    }

    @Override
    public boolean recordExists(long id) {
        return records.exists(id);
    }
}
