package it.convergo.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.AccountService;

/** The link in the password-reset mail. */
@Route("reset/:token")
@AnonymousAllowed
class ResetPasswordView extends TokenPage {

    private final AccountService accounts;

    ResetPasswordView(AccountService accounts) {
        super("reset.title");
        this.accounts = accounts;
    }

    @Override
    protected void render(String token) {
        card.add(new SetPasswordForm("reset.submit", pw -> accounts.resetPassword(token, pw), () -> {
            showOutcome("reset.done");
            card.add(new Anchor("login", getTranslation("confirm.signIn")));
        }));
    }
}
