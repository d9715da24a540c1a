package org.eventdesk.domain.interchange;

import java.util.List;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceSubmission;

/**
 * One event of an archive, read and checked, before the desk stores it: an ACLED row ({@link ArchiveRow}) or a
 * record of a desk's own export ({@link DeskArchiveEntry}). The import stores its sources first, since evidence
 * points into stored sources, then the record made from {@link #input}.
 */
public interface ArchiveEntry {
    /** The record's external id ({@code ACLED:UKR1234}): a record carrying it already makes the entry a repeat. */
    String key();

    /** Where the record came from, in words for its history ("ACLED event UKR1234"). */
    String origin();

    /** The reports the record quotes, in the order {@link #input} expects them stored. */
    List<SourceSubmission> sources();

    /**
     * The quotes the record takes from its {@code index}-th source: a source the desk already holds may stand for
     * it only when its text holds every one of them.
     */
    List<String> quotesFrom(int index);

    /**
     * The {@code index}-th source without its address: what the import stores when the desk holds another report
     * under that address already (addresses are unique), its text still naming the address.
     */
    SourceSubmission sourceWithoutAddress(int index);

    /**
     * The record's input, every fact quoting the stored sources.
     *
     * @param stored the sources as stored, in the order of {@link #sources}
     */
    RecordInput input(List<Source> stored);

    /** The file's column (or document field) a record rule's field path stands for, for the import's report. */
    String column(String fieldPath);
}
