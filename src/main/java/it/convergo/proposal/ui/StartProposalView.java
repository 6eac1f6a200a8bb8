package it.convergo.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.Role;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeNda;
import it.convergo.challenge.Challenges;
import it.convergo.proposal.ProposalDrafts;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * Starts a proposal to a challenge: the challenge agreement (NDA) first when it requires one, then the
 * server's checks (open, visible, eligible); on success the editor opens. A refusal is explained here.
 */
@Route("proposals/new/:id")
@RolesAllowed(Role.APPLICANT_NAME)
class StartProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalDrafts drafts;
    private final Challenges challenges;
    private final ChallengeNda nda;
    private final AuthenticationContext authentication;

    StartProposalView(ProposalDrafts drafts, Challenges challenges, ChallengeNda nda,
                       AuthenticationContext authentication) {
        this.drafts = drafts;
        this.challenges = challenges;
        this.nda = nda;
        this.authentication = authentication;
        addClassNames("cv-page", "cv-page-narrow", "cv-proposals");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("proposal.start.title")));
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            refused(new UserFacingException("error.notFound"));
            return;
        }
        long challengeId = id.get();
        try {
            long userId = authentication.getAuthenticatedUser(AccountPrincipal.class).orElseThrow().userId();
            Optional<String> text = nda.ndaText(challengeId);
            if (text.isPresent() && !challenges.hasAcceptedNda(challengeId, userId)) {
                showNda(challengeId, text.get());
                return;
            }
            event.forwardTo("proposals/" + drafts.start(challengeId));
        } catch (UserFacingException e) {
            refused(e);
        }
    }

    private void showNda(long challengeId, String text) {
        Paragraph intro = new Paragraph(getTranslation("proposal.start.ndaIntro"));
        Div body = new Div();
        body.setText(text);
        body.addClassName("cv-proposal-nda");
        Button accept = new Button(getTranslation("proposal.start.ndaAccept"), e -> {
            nda.acceptNda(challengeId);
            getUI().ifPresent(ui -> ui.navigate("proposals/" + drafts.start(challengeId)));
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        add(intro, body, accept, new Anchor("my-proposals", getTranslation("proposal.start.back")));
    }

    private void refused(UserFacingException e) {
        Paragraph message = new Paragraph(getTranslation(e.messageKey(), e.params()));
        message.addClassName("cv-proposal-refusal");
        add(message, new Anchor("my-proposals", getTranslation("proposal.start.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.start.title") + " · Convergo";
    }
}
