package it.convergo.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.base.i18n.Translations;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which language a page speaks: the signed-in user's saved choice, else the visitor's cookie, else the
 * browser's first supported language (Vaadin's default), else Italian. The portal's shell offers the switch.
 */
@Component
class Language implements VaadinServiceInitListener {

    static final String COOKIE = "convergo-lang";

    private final AccountService accounts;

    Language(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> chosen(VaadinRequest.getCurrent()).ifPresent(locale -> {
            e.getUI().setLocale(locale);
            e.getUI().getSession().setLocale(locale);
        }));
    }

    private Optional<Locale> chosen(@Nullable VaadinRequest request) {
        Optional<Locale> saved = CurrentUser.get().isPresent() ? accounts.preferredLocale() : Optional.empty();
        if (saved.isPresent()) {
            return saved.map(Translations::supported);
        }
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> Translations.supported(Locale.forLanguageTag(c.getValue())));
    }

    /** Switches the whole session, remembers the choice, and reloads so every text is re-rendered. */
    void switchTo(Locale locale) {
        Locale supported = Translations.supported(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        accounts.changeLanguage(supported);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        ui.getPage().reload();
    }

    static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        return Translations.supported(UI.getCurrent() != null ? UI.getCurrent().getLocale()
                : session != null ? session.getLocale() : Translations.ITALIAN);
    }
}
