package org.eventdesk.web.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventdesk.application.extraction.DraftRecord;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Wording;
import org.junit.jupiter.api.Test;

/**
 * The editor's choices in the draft dialog reach the desk exactly: only ticked events are created, with the
 * title as corrected and without the unticked facts; a draft the desk refuses stays, with the reason, while the
 * others are created.
 */
class DraftRecordsDialogTest {
    private static final RecordInput.EvidenceRef KYIV = new RecordInput.EvidenceRef(1L, 0, 4);
    private static final RecordInput.EvidenceRef LVIV = new RecordInput.EvidenceRef(1L, 10, 14);

    @Test
    void onlyTickedEventsAreCreatedAsEditedAndARefusedOneStaysWithItsReason() {
        DraftRecord strike = new DraftRecord(
                RecordInputs.titled("Strike on Kyiv")
                        .place("Kyiv", "UA", KYIV)
                        .place("Lviv", "UA", LVIV)
                        .input(),
                Map.of(KYIV, "Kyiv", LVIV, "Lviv"));
        DraftRecord meeting = new DraftRecord(RecordInputs.titled("Talks").input(), Map.of());
        DraftRecord skipped = new DraftRecord(RecordInputs.titled("Not wanted").input(), Map.of());
        List<RecordInput> sent = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        DraftRecordsDialog dialog = new DraftRecordsDialog(
                List.of(strike, meeting, skipped),
                code -> "Air/drone strike",
                input -> {
                    sent.add(input);
                    if (input.title().equals("Talks")) {
                        throw new InvalidInputException(
                                new FieldError("time.zone", Wording.untranslated("is not a zone")));
                    }
                    return 41L;
                },
                created::addAll);

        tick(dialog, "draft-0-create", true);
        tick(dialog, "draft-1-create", true);
        tick(dialog, "draft-0-places-0", false);
        ((TextField) byId(dialog, "draft-0-title")).setValue("Strike on Lviv");
        dialog.createTicked();

        assertEquals(
                List.of("Strike on Lviv", "Talks"),
                sent.stream().map(RecordInput::title).toList());
        assertEquals(
                List.of("Lviv"),
                sent.get(0).places().stream().map(RecordInput.PlaceInput::name).toList());
        assertEquals(List.of(41L), created);
        assertFalse(descendants(dialog).anyMatch(c -> c.getId().equals(java.util.Optional.of("draft-0"))));
        assertTrue(
                descendants(byId(dialog, "draft-1"))
                        .filter(HasText.class::isInstance)
                        .map(c -> ((HasText) c).getText())
                        .anyMatch(t -> t.contains("Not created: time.zone is not a zone")),
                "the refused draft says why");
        assertTrue(descendants(dialog).anyMatch(c -> c.getId().equals(java.util.Optional.of("draft-2"))));
    }

    private static void tick(Component root, String id, boolean value) {
        ((Checkbox) byId(root, id)).setValue(value);
    }

    private static Component byId(Component root, String id) {
        return descendants(root)
                .filter(c -> c.getId().equals(java.util.Optional.of(id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component " + id));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DraftRecordsDialogTest::descendants));
    }
}
