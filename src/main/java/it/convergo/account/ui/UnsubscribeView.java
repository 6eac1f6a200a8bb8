package it.convergo.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.Consents;

/**
 * The one-click unsubscribe link of an optional e-mail: opening it withdraws the consent, no sign-in needed. The
 * page is built by the browser's script, so a mail scanner fetching the address does not unsubscribe anyone; a
 * button gives the consent back for one who clicked by mistake.
 */
@Route("unsubscribe/:token")
@AnonymousAllowed
class UnsubscribeView extends TokenPage {

    private final Consents consents;

    UnsubscribeView(Consents consents) {
        super("consent.unsubscribe.title");
        this.consents = consents;
    }

    @Override
    protected void render(String token) {
        consents.unsubscribe(token).ifPresentOrElse(purpose -> {
            showOutcome("consent.unsubscribe.done");
            card.add(new Paragraph(getTranslation(purpose.labelKey())));
            Button undo = new Button(getTranslation("consent.unsubscribe.undo"), e -> {
                consents.resubscribe(token);
                showOutcome("consent.unsubscribe.undone");
            });
            undo.setId("unsubscribe-undo");
            card.add(undo, new Paragraph(new Anchor("profile", getTranslation("consent.unsubscribe.profile"))));
        }, () -> showOutcome("consent.unsubscribe.unknown"));
    }
}
