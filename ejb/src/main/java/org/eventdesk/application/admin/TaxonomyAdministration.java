package org.eventdesk.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eventdesk.application.security.RequestOrigin;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.LogText;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.domain.user.Role;

/**
 * The code lists records draw on: event types (with sub-types) and figure categories. Entries are added,
 * relabelled, deactivated and reactivated, never deleted: records keep the codes they have, and a deactivated code
 * is refused for new use by the record rules. Every change is in the security log.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TaxonomyAdministration {
    private static final Logger LOG = Logger.getLogger(TaxonomyAdministration.class.getName());
    /** Room left between top-level entries for their sub-types, as the seeded list does. */
    private static final int STEP = 10;

    @Inject
    private TaxonomyRepository taxonomy;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Every type, inactive ones included: each top-level type followed by its sub-types. */
    public List<TaxonomyEntry> eventTypes() {
        return taxonomy.eventTypes().stream().map(TaxonomyEntry::of).toList();
    }

    public List<TaxonomyEntry> figureCategories() {
        return taxonomy.figureCategories().stream().map(TaxonomyEntry::of).toList();
    }

    /**
     * A new event type: top-level at the end of the list, or a sub-type right after its parent's last sub-type
     * (later entries move down one place when there is no room).
     *
     * @param parentCode the top-level type it belongs to, or blank for a top-level type
     */
    public TaxonomyEntry addEventType(String code, String label, String parentCode) {
        // Codes are looked up before the entry is made: ones no entry can have are refused before they reach a query.
        new Validation()
                .optionalText(code, "code", EventType.MAX_CODE)
                .optionalText(label, "label", EventType.MAX_LABEL)
                .optionalText(parentCode, "parentCode", EventType.MAX_CODE)
                .throwIfAny();
        String parentKey = Validation.trimToNull(parentCode);
        EventType parent = parentKey == null
                ? null
                : taxonomy.eventType(parentKey)
                        .orElseThrow(() -> new InvalidInputException(
                                FieldError.of("parentCode", "taxonomy.eventType.parentMissing", parentKey)));
        refuseExisting(code, taxonomy.eventType(code).map(EventType::isActive));
        List<EventType> all = taxonomy.eventTypes();
        int position;
        if (parent == null) {
            position = all.stream().mapToInt(EventType::getPosition).max().orElse(0) + STEP;
        } else {
            position = all.stream()
                            .filter(t -> t == parent || parent.getCode().equals(t.getParentCode()))
                            .mapToInt(EventType::getPosition)
                            .max()
                            .orElse(parent.getPosition())
                    + 1;
        }
        EventType type = EventType.create(code, label, parent, position);
        for (EventType other : all) {
            if (other.getPosition() >= position) {
                other.moveTo(other.getPosition() + 1);
            }
        }
        taxonomy.store(type);
        log(
                type.getCode(),
                "event type added: “" + type.getLabel() + "”" + (parent == null ? "" : " under " + parent.getCode()));
        return TaxonomyEntry.of(type);
    }

    public TaxonomyEntry relabelEventType(String code, String label) {
        EventType type = eventType(code);
        String old = type.getLabel();
        type.relabel(label);
        if (!old.equals(type.getLabel())) {
            log(type.getCode(), "event type relabelled: “" + old + "” → “" + type.getLabel() + "”");
        }
        return TaxonomyEntry.of(type);
    }

    /** Refuses the type for new records; its sub-types go with it. */
    public TaxonomyEntry deactivateEventType(String code) {
        EventType type = eventType(code);
        if (!type.isActive()) {
            return TaxonomyEntry.of(type);
        }
        type.deactivate();
        List<String> subTypes = taxonomy.eventTypes().stream()
                .filter(t -> type.getCode().equals(t.getParentCode()) && t.isActive())
                .peek(EventType::deactivate)
                .map(EventType::getCode)
                .toList();
        log(type.getCode(), "event type deactivated" + (subTypes.isEmpty() ? "" : ", with its sub-types " + subTypes));
        return TaxonomyEntry.of(type);
    }

    /** Back in use; a sub-type only while its parent is active. Sub-types deactivated with it stay so. */
    public TaxonomyEntry reactivateEventType(String code) {
        EventType type = eventType(code);
        if (type.isActive()) {
            return TaxonomyEntry.of(type);
        }
        EventType parent = type.getParentCode() == null ? null : eventType(type.getParentCode());
        type.reactivate(parent);
        log(type.getCode(), "event type reactivated");
        return TaxonomyEntry.of(type);
    }

    /** A new figure category, at the end of the list. */
    public TaxonomyEntry addFigureCategory(String code, String label) {
        new Validation()
                .optionalText(code, "code", FigureCategory.MAX_CODE)
                .optionalText(label, "label", FigureCategory.MAX_LABEL)
                .throwIfAny();
        refuseExisting(code, taxonomy.figureCategory(code).map(FigureCategory::isActive));
        int position = taxonomy.figureCategories().stream()
                        .mapToInt(FigureCategory::getPosition)
                        .max()
                        .orElse(0)
                + STEP;
        FigureCategory category = FigureCategory.create(code, label, position);
        taxonomy.store(category);
        log(category.getCode(), "figure category added: “" + category.getLabel() + "”");
        return TaxonomyEntry.of(category);
    }

    public TaxonomyEntry relabelFigureCategory(String code, String label) {
        FigureCategory category = figureCategory(code);
        String old = category.getLabel();
        category.relabel(label);
        if (!old.equals(category.getLabel())) {
            log(category.getCode(), "figure category relabelled: “" + old + "” → “" + category.getLabel() + "”");
        }
        return TaxonomyEntry.of(category);
    }

    public TaxonomyEntry deactivateFigureCategory(String code) {
        FigureCategory category = figureCategory(code);
        if (category.isActive()) {
            category.deactivate();
            log(category.getCode(), "figure category deactivated");
        }
        return TaxonomyEntry.of(category);
    }

    public TaxonomyEntry reactivateFigureCategory(String code) {
        FigureCategory category = figureCategory(code);
        if (!category.isActive()) {
            category.reactivate();
            log(category.getCode(), "figure category reactivated");
        }
        return TaxonomyEntry.of(category);
    }

    /** Codes are never reused: records may hold them, and the lists' history would read wrongly. */
    private static void refuseExisting(String code, Optional<Boolean> existingActive) {
        existingActive.ifPresent(active -> {
            throw new InvalidInputException(FieldError.of(
                    "code", active ? "taxonomy.code.exists" : "taxonomy.code.existsDeactivated", code.strip()));
        });
    }

    private EventType eventType(String code) {
        return taxonomy.eventType(code).orElseThrow(() -> new NotFoundException("text.thing.eventType", code));
    }

    private FigureCategory figureCategory(String code) {
        return taxonomy.figureCategory(code)
                .orElseThrow(() -> new NotFoundException("text.thing.figureCategory", code));
    }

    private void log(String code, String detail) {
        String actor = context.getCallerPrincipal().getName();
        LOG.info(() -> LogText.quoted(detail) + " (" + code + ") by " + actor);
        securityLog.append(SecurityEvent.of(SecurityEventKind.TAXONOMY_CHANGED, clock.instant())
                .actor(actor)
                .subject(code)
                .clientAddress(origin.clientAddress())
                .detail(detail)
                .build());
    }
}
