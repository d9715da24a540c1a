package org.eventdesk.web.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The desk's language, for this browser: each language named in itself, so a person who reads only one of them
 * still finds it. The choice is kept in a cookie (like the theme, it belongs to the screen, not the account, and it
 * must be known before anyone logs in, on the login page itself); until one is made, the browser's own languages
 * decide. Changing it reloads the page, which then draws every text in the new language.
 */
public final class LanguageChoice extends Select<java.util.Locale> {
    static final String COOKIE = "eventdesk.language";

    public LanguageChoice() {
        setId("language");
        setItems(Texts.LANGUAGES);
        setItemLabelGenerator(language -> language.getDisplayLanguage(language));
        setAriaLabel(Texts.t("desk.language"));
        setTooltipText(Texts.t("desk.language"));
        setWidth("9em");
        setValue(Texts.locale());
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose(change.getValue());
            }
        });
    }

    private void choose(java.util.Locale language) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.toLanguageTag());
            String path = VaadinService.getCurrentRequest().getContextPath();
            cookie.setPath(path.isEmpty() ? "/" : path);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(language);
        UI.getCurrent().getPage().reload();
    }

    /** The language this browser chose before, if it chose one. */
    static Optional<java.util.Locale> chosen(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> java.util.Locale.forLanguageTag(c.getValue()))
                .filter(l -> Texts.LANGUAGES.contains(l))
                .findFirst();
    }
}
