package it.convergo.proposal;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.base.i18n.Translations;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The language of the signed-in reader for messages and documents; Italian when unknown or signed out. */
@Component
class ReaderLocale {

    private final AccountService accounts;

    ReaderLocale(AccountService accounts) {
        this.accounts = accounts;
    }

    Locale get() {
        try {
            return CurrentUser.get().isPresent()
                    ? accounts.preferredLocale().map(Translations::supported).orElse(Translations.ITALIAN) : Translations.ITALIAN;
        } catch (RuntimeException e) {
            return Translations.ITALIAN;
        }
    }
}
