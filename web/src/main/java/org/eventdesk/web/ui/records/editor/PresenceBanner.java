package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.eventdesk.application.record.PresenceService;
import org.eventdesk.web.ui.Formats;

/**
 * Who else has the record open. While a saved record is open here, the editor says so every half minute (the UI
 * polls) and the banner shows who else has it open; leaving the editor says so too. The version check still decides
 * what can be saved; this only warns in time.
 */
final class PresenceBanner extends Span {
    private final PresenceService presence;
    private Registration heartbeat;
    private Long recordId;

    PresenceBanner(PresenceService presence) {
        this.presence = presence;
        setId("presence-banner");
        getStyle().set("background", "var(--lumo-warning-color-10pct, #fff3cd)").set("padding", "0.3em 0.6em");
        setVisible(false);
    }

    /** The record now open here (absent for a new one), announced at once. */
    void follow(Long recordId) {
        this.recordId = recordId;
        beat();
    }

    private void beat() {
        if (recordId == null) {
            setVisible(false);
            return;
        }
        List<PresenceService.Editing> others = presence.heartbeat(recordId);
        setVisible(!others.isEmpty());
        setText(text(others));
    }

    static String text(List<PresenceService.Editing> others) {
        return others.stream()
                .map(o -> t("editor.presence.editing", o.username(), Formats.utc(o.since())))
                .reduce((a, b) -> a + "; " + b)
                .map(text -> t("editor.presence.warning", text))
                .orElse("");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(30_000);
        heartbeat = event.getUI().addPollListener(poll -> beat());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (heartbeat != null) {
            heartbeat.remove();
        }
        event.getUI().setPollInterval(-1);
        if (recordId != null) {
            presence.leave(recordId);
        }
        super.onDetach(event);
    }
}
