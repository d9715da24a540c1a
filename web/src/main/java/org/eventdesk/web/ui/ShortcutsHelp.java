package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;

/**
 * The desk's keyboard shortcuts, listed in a dialog that "?" opens anywhere in the desk (except while typing: a
 * question mark in a title is a question mark) and that this button opens too; and the desk-wide ones themselves,
 * Alt with a letter. Both are heard by one listener in the browser, which sees through components' shadow roots to
 * tell typing from commands. The list is the one place the shortcuts are written down for people; {@link
 * MainLayout} gives the desk-wide ones and views register their own (Ctrl+S).
 */
public final class ShortcutsHelp extends Button {

    /** A key or combination and what it does. */
    public record Shortcut(String keys, String does) {}

    private final List<Shortcut> shortcuts;
    private final Map<String, Runnable> altKeys;

    /**
     * @param shortcuts every shortcut, as the dialog lists it
     * @param altKeys what Alt with each lower-case letter does
     */
    public ShortcutsHelp(List<Shortcut> shortcuts, Map<String, Runnable> altKeys) {
        this.shortcuts = List.copyOf(shortcuts);
        this.altKeys = Map.copyOf(altKeys);
        setId("shortcuts-help");
        setIcon(VaadinIcon.KEYBOARD_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setAriaLabel(t("desk.keys.button"));
        setTooltipText(t("desk.keys.button"));
        addClickListener(e -> open());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        // Listened to in the browser, so typing "?" into a field (inside a component's shadow root too) stays typing.
        getElement()
                .executeJs(
                        """
                        const host = this;
                        if (window.__eventdeskShortcutsHelp) {
                            document.removeEventListener('keydown', window.__eventdeskShortcutsHelp);
                        }
                        const letters = $0;
                        window.__eventdeskShortcutsHelp = ev => {
                            if (ev.ctrlKey || ev.metaKey) return;
                            if (ev.altKey) {
                                // the letter's key, whatever Alt makes of the character on this keyboard
                                const letter = ev.code && ev.code.startsWith('Key')
                                        ? ev.code.substring(3).toLowerCase() : (ev.key || '').toLowerCase();
                                if (letters.includes(letter)) {
                                    ev.preventDefault();
                                    host.$server.alt(letter);
                                }
                                return;
                            }
                            if (ev.key !== '?') return;
                            const target = ev.composedPath()[0];
                            if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
                            ev.preventDefault();
                            host.$server.open();
                        };
                        document.addEventListener('keydown', window.__eventdeskShortcutsHelp);
                        """,
                        String.join("", altKeys.keySet()));
    }

    @ClientCallable
    void alt(String letter) {
        Runnable action = altKeys.get(letter);
        if (action != null) {
            action.run();
        }
    }

    @ClientCallable
    void open() {
        Dialog dialog = new Dialog();
        dialog.setId("shortcuts-dialog");
        dialog.setHeaderTitle(t("desk.keys.title"));
        Div list = new Div();
        for (Shortcut s : shortcuts) {
            Div line = new Div();
            line.addClassName("shortcut");
            Span keys = new Span(s.keys());
            keys.getStyle()
                    .set("font-family", "var(--lumo-font-family-monospace, monospace)")
                    .set("min-width", "8em")
                    .set("display", "inline-block");
            line.add(keys, new Span(s.does()));
            list.add(line);
        }
        dialog.add(list);
        Button close = new Button(t("desk.close"), e -> dialog.close());
        close.setId("shortcuts-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
