package org.eventdesk.web.ui;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Light or dark, for the desk in this browser. Until the person chooses, the desk follows the system's setting
 * (and its changes, as when a laptop turns dark in the evening); a choice made here is kept in the browser
 * (local storage), since it is about the screen, not the account, and wins over the system's from then on.
 */
public final class ThemeSwitch extends Button {
    /** The browser's key for a choice made here: "dark" or "light". */
    static final String STORAGE_KEY = "eventdesk.theme";

    private boolean dark;

    public ThemeSwitch() {
        setId("theme-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            apply(!dark);
            getElement()
                    .executeJs(
                            "try { localStorage.setItem($0, $1); } catch (e) {}", STORAGE_KEY, dark ? "dark" : "light");
        });
        show();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        // The stored choice, else the system's, now and whenever the system's changes while nothing is stored.
        getElement()
                .executeJs(
                        """
                        const host = this;
                        const stored = () => { try { return localStorage.getItem($0); } catch (e) { return null; } };
                        const system = window.matchMedia('(prefers-color-scheme: dark)');
                        host.$server.apply(stored() ? stored() === 'dark' : system.matches);
                        system.addEventListener('change', ev => { if (!stored()) host.$server.apply(ev.matches); });
                        """,
                        STORAGE_KEY);
    }

    /** Called from the browser with the stored or system setting, and by a click. */
    @ClientCallable
    void apply(boolean dark) {
        this.dark = dark;
        getUI().map(UI::getElement).ifPresent(ui -> {
            if (dark) {
                ui.getThemeList().add(Lumo.DARK);
            } else {
                ui.getThemeList().remove(Lumo.DARK);
            }
        });
        show();
    }

    private void show() {
        setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        String label = dark ? t("desk.theme.to-light") : t("desk.theme.to-dark");
        setAriaLabel(label);
        setTooltipText(label);
    }
}
