package it.convergo.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.AccountService;
import it.convergo.base.UserFacingException;

/** The link in the registration mail: confirms the address once, then points to the sign-in page. */
@Route("confirm/:token")
@AnonymousAllowed
class ConfirmEmailView extends TokenPage {

    private final AccountService accounts;

    ConfirmEmailView(AccountService accounts) {
        super("confirm.title");
        this.accounts = accounts;
    }

    @Override
    protected void render(String token) {
        try {
            accounts.confirmEmail(token);
            showOutcome("confirm.done");
            card.add(new Anchor("login", getTranslation("confirm.signIn")));
        } catch (UserFacingException e) {
            showOutcome(e.messageKey());
            card.add(new Anchor("forgot-password", getTranslation("token.requestNew")));
        }
    }
}
