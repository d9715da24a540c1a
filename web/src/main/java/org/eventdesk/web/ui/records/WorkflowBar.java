package org.eventdesk.web.ui.records;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Validation;
import org.eventdesk.web.ui.QueuesChanged;

/**
 * The workflow steps a user can take on a record now, as buttons: the steps the record itself offers this person
 * ({@link RecordView.WorkflowView#steps()}, from {@code EventRecord.availableSteps}), a refused one disabled with the
 * record's reason beside it. The server checks again when a step is taken, and its refusal, if it comes (someone
 * else acted first), is shown as it is worded.
 *
 * <p>Approve, return and publish send the version this screen showed: if the record changed since, the server
 * refuses, and the person reads the new version before judging it. A dialog that asks for words (a comment, a
 * reason, a note) stays open with its text when the server refuses them, the refusal under the field.
 */
class WorkflowBar extends VerticalLayout {
    private final WorkflowService workflow;
    private final Consumer<RecordView> onChange;
    private final HorizontalLayout buttons = new HorizontalLayout();

    WorkflowBar(RecordView record, WorkflowService workflow, Consumer<RecordView> onChange) {
        this.workflow = workflow;
        this.onChange = onChange;
        setId("workflow-bar");
        setPadding(false);
        setSpacing(false);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        add(buttons);
        RecordView.WorkflowView w = record.workflow();
        long id = record.id();
        long shown = record.version();

        // The record says which steps this person may take and why one is refused; the bar only draws them.
        for (WorkflowStep.Option step : w.steps()) {
            Button button =
                    switch (step.step()) {
                        case EDIT -> null; // the record page's own "Edit" button
                        case SUBMIT ->
                            button(
                                    "submit",
                                    "Submit for review",
                                    VaadinIcon.PAPERPLANE,
                                    ButtonVariant.LUMO_PRIMARY,
                                    () -> run(() -> workflow.submit(id), "Submitted for review"));
                        case NOTE_CORRECTION ->
                            button(
                                    "correction-note",
                                    "Correction note…",
                                    VaadinIcon.COMMENT_ELLIPSIS,
                                    null,
                                    () -> ask(
                                            "Public correction note",
                                            "What changed, as readers will read it",
                                            w.correctionNote(),
                                            true,
                                            EventRecord.MAX_PUBLIC_NOTE,
                                            note -> workflow.noteCorrection(id, note),
                                            "Note saved"));
                        case SPIKE ->
                            button("spike", "Spike", VaadinIcon.TRASH, ButtonVariant.LUMO_ERROR, () -> spike(id));
                        case APPROVE ->
                            button(
                                    "approve",
                                    "Approve",
                                    VaadinIcon.CHECK,
                                    ButtonVariant.LUMO_SUCCESS,
                                    () -> run(() -> workflow.approve(id, shown), "Approved"));
                        case RETURN ->
                            button(
                                    "return",
                                    "Return…",
                                    VaadinIcon.ARROW_BACKWARD,
                                    null,
                                    () -> ask(
                                            "Return to its editors",
                                            "What should they change?",
                                            "",
                                            true,
                                            RecordChange.MAX_COMMENT,
                                            comment -> workflow.sendBack(id, comment, shown),
                                            "Returned to its editors"));
                        case PUBLISH ->
                            button(
                                    "publish",
                                    "Publish now",
                                    VaadinIcon.GLOBE,
                                    ButtonVariant.LUMO_PRIMARY,
                                    () -> confirm(
                                            "Publish now?",
                                            "Version " + (w.publishedVersion() + 1) + " goes public and never changes.",
                                            () -> workflow.publish(id, shown),
                                            "Published"));
                        case SCHEDULE ->
                            button("schedule", "Schedule…", VaadinIcon.CLOCK, null, () -> schedule(id, shown));
                        case UNSCHEDULE ->
                            button(
                                    "unschedule",
                                    "Take back",
                                    VaadinIcon.CLOSE,
                                    null,
                                    () -> run(() -> workflow.unschedule(id), "Taken back from the schedule"));
                        case START_CORRECTION ->
                            button(
                                    "start-correction",
                                    "Start a correction…",
                                    VaadinIcon.EDIT,
                                    null,
                                    () -> ask(
                                            "Start a correction",
                                            "Public correction note (can be written later)",
                                            "",
                                            false,
                                            EventRecord.MAX_PUBLIC_NOTE,
                                            note -> workflow.startCorrection(id, note),
                                            "Correction started: edit and submit it"));
                        case RETRACT ->
                            button(
                                    "retract",
                                    "Retract…",
                                    VaadinIcon.BAN,
                                    ButtonVariant.LUMO_ERROR,
                                    () -> ask(
                                            "Retract this record",
                                            "The public reason for the retraction",
                                            "",
                                            true,
                                            EventRecord.MAX_PUBLIC_NOTE,
                                            reason -> workflow.retract(id, reason),
                                            "Retracted"));
                    };
            if (button != null && !step.allowed()) {
                refused(button, step);
            }
        }
        switch (record.status()) {
            case SCHEDULED ->
                note(
                        "scheduled",
                        "Goes public at " + org.eventdesk.web.ui.Formats.utc(w.publishAt()) + " (scheduled by "
                                + w.scheduledBy() + ").");
            case RETRACTED -> note("retracted", "Retracted: " + w.retractionReason());
            case SPIKED -> note("spiked", "Spiked: this record is never published.");
            default -> {}
        }
    }

    /**
     * A step the record refuses this person: the button stays visible, disabled, with the record's reason beside
     * it. Submitting an unready record stays possible (the refusal then lists what is missing, next to the fields);
     * approving one's own revision is not.
     */
    private void refused(Button button, WorkflowStep.Option step) {
        switch (step.step()) {
            case SUBMIT -> note("readiness", "Before review it needs " + String.join(", ", step.missing()) + ".");
            case APPROVE -> {
                button.setEnabled(false);
                note("four-eyes", "You authored or edited this revision: another reviewer must approve it.");
            }
            default -> {
                button.setEnabled(false);
                note(step.step().slug(), step.refusal());
            }
        }
    }

    private Button button(String id, String text, VaadinIcon icon, ButtonVariant variant, Runnable action) {
        Button button = new Button(text, icon.create(), e -> action.run());
        button.setId("wf-" + id);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        buttons.add(button);
        return button;
    }

    private void note(String id, String text) {
        Span note = new Span(text);
        note.setId("wf-note-" + id);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(note);
    }

    private void run(java.util.function.Supplier<RecordView> step, String done) {
        try {
            RecordView after = step.get();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            QueuesChanged.announce();
            onChange.accept(after);
        } catch (WorkflowException | InvalidInputException e) {
            Notification refused = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirm(String header, String text, java.util.function.Supplier<RecordView> step, String done) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, "Yes", e -> run(step, done));
        dialog.setCancelable(true);
        dialog.open();
    }

    private void spike(long id) {
        ask(
                "Spike this record?",
                "Why (optional; kept in its history). A spiked record is never published.",
                "",
                false,
                RecordChange.MAX_COMMENT,
                reason -> workflow.spike(id, reason.isBlank() ? null : reason),
                "Spiked");
    }

    /**
     * Asks for words (a comment, a reason, a note), then takes the step with them. Words that break a limit, or
     * that the server refuses, keep the dialog open with the reason under the field: nothing typed is lost.
     *
     * @param maxLength the model's limit for these words, checked here as the server checks it
     */
    private void ask(
            String header,
            String label,
            String initial,
            boolean required,
            int maxLength,
            Function<String, RecordView> step,
            String done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        TextArea words = new TextArea(label);
        words.setId("wf-words");
        words.setWidth("32em");
        words.setMaxHeight("20em");
        words.setValue(initial == null ? "" : initial);
        Button ok = new Button("OK", e -> {
            String problem = words.getValue().isBlank() && required
                    ? "Please write it: it is kept with the record"
                    : Validation.textProblem(words.getValue(), maxLength);
            if (problem != null) {
                refuse(words, problem);
                return;
            }
            try {
                RecordView after = step.apply(words.getValue());
                dialog.close();
                Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                QueuesChanged.announce();
                onChange.accept(after);
            } catch (InvalidInputException refused) {
                refuse(
                        words,
                        refused.errors().stream()
                                .map(FieldError::message)
                                .reduce((a, b) -> a + "; " + b)
                                .orElse(refused.getMessage()));
            } catch (DomainException refused) {
                refuse(words, refused.getMessage());
            }
        });
        ok.setId("wf-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(words);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private static void refuse(TextArea words, String problem) {
        words.setErrorMessage(Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
        words.setInvalid(true);
    }

    private void schedule(long id, long shown) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Schedule the publication");
        DateTimePicker at = new DateTimePicker("Publish at (UTC)");
        at.setId("wf-schedule-at");
        Button ok = new Button("Schedule", e -> {
            if (at.getValue() == null) {
                at.setErrorMessage("Choose when");
                at.setInvalid(true);
                return;
            }
            dialog.close();
            run(() -> workflow.schedule(id, at.getValue().toInstant(ZoneOffset.UTC), shown), "Scheduled");
        });
        ok.setId("wf-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(at);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }
}
