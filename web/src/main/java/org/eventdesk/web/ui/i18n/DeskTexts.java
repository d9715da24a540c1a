package org.eventdesk.web.ui.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.SessionInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's door to {@link Texts}: components' {@code getTranslation} and the choice of a new tab's language from
 * the browser's (Vaadin picks the first of these locales whose language the browser asks for).
 */
@VaadinServiceEnabled
@ApplicationScoped
public class DeskTexts implements I18NProvider {
    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.in(locale, key, params);
    }

    /** A new session starts in the language this browser chose on an earlier visit ({@link LanguageChoice}). */
    void startInChosenLanguage(@Observes SessionInitEvent start) {
        LanguageChoice.chosen(start.getRequest()).ifPresent(start.getSession()::setLocale);
    }
}
