package it.convergo.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.AccountService;

/** The link in an invitation: the invitee chooses a password and can then sign in. */
@Route("invitation/:token")
@AnonymousAllowed
class InvitationView extends TokenPage {

    private final AccountService accounts;

    InvitationView(AccountService accounts) {
        super("invitation.title");
        this.accounts = accounts;
    }

    @Override
    protected void render(String token) {
        accounts.invitationEmail(token).ifPresentOrElse(email -> {
            card.add(new Paragraph(getTranslation("invitation.intro", email)));
            card.add(new SetPasswordForm("invitation.submit", pw -> accounts.acceptInvitation(token, pw), () -> {
                showOutcome("invitation.done");
                card.add(new Anchor("login", getTranslation("confirm.signIn")));
            }));
        }, () -> showOutcome("token.error.invalid"));
    }
}
