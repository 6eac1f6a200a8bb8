package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.vote.BallotPage;
import it.convergo.evaluation.vote.PrizeVoteBallots;
import jakarta.annotation.security.PermitAll;

/**
 * A challenge's audience award for any signed-in account: the entries' public cards while the vote is open, one
 * final vote with a confirmation, the voter's own ballot, and the results once counted. Works at 390 px: the
 * cards stack.
 */
@Route("vote/:slug")
@PermitAll
class VoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PrizeVoteBallots ballots;
    private String slug = "";
    private String title = "";

    VoteView(PrizeVoteBallots ballots) {
        this.ballots = ballots;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        try {
            render();
        } catch (UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        BallotPage page = ballots.page(slug);
        removeAll();
        title = page.prizeName();
        Anchor back = new Anchor("challenges/" + page.challengeSlug(), page.challengeTitle());
        back.addClassName("cv-breadcrumb");
        add(back, new H1(page.prizeName()), new Badge(getTranslation(page.phase().labelKey()), tone(page)));
        add(new Paragraph(when(page)));
        if (page.results().isPresent()) {
            add(new H2(getTranslation("vote.page.results")), VoteResultsList.of(this, page.results().get()));
        }
        page.myBallot().ifPresent(b -> {
            Paragraph mine = new Paragraph(getTranslation("vote.page.youVoted", b.title(), Times.format(b.castAt(), getLocale())));
            mine.setId("vote-mine");
            mine.addClassName("cv-card");
            add(mine);
        });
        if (page.results().isPresent()) {
            return;
        }
        // an applicant whose proposal was admitted finds its consent page here too, not only in the e-mail
        page.myAdmittedProposals().forEach(p -> {
            Anchor consent = new Anchor("vote-entry/" + p, getTranslation("vote.page.yourEntry"));
            consent.setId("vote-consent-" + p);
            add(consent);
        });
        add(new Paragraph(getTranslation("vote.page.rules")));
        if (page.refusalKey() != null) {
            Paragraph refused = new Paragraph(getTranslation(page.refusalKey()));
            refused.setId("vote-refused");
            add(refused);
        }
        if (page.open() && page.cards().isEmpty()) {
            add(new Paragraph(getTranslation("vote.page.noEntries")));
        }
        Div cards = new Div();
        cards.addClassName("cv-proposals");
        for (BallotPage.Card card : page.cards()) {
            Div c = new Div(new H3(card.title()), new Paragraph(card.summary()));
            c.addClassName("cv-card");
            if (card.own()) {
                Paragraph own = new Paragraph(getTranslation("vote.page.own"));
                own.addClassName("cv-hint");
                c.add(own);
            } else if (page.mayVote()) {
                Button vote = new Button(getTranslation("vote.page.vote"), e -> confirm(card));
                vote.setId("vote-for-" + card.entryId());
                vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                vote.setAriaLabel(getTranslation("vote.page.voteFor", card.title()));
                c.add(vote);
            }
            cards.add(c);
        }
        add(cards);
    }

    private void confirm(BallotPage.Card card) {
        Confirm.of("vote.page.castVote", getTranslation("vote.page.confirm", card.title())).then(() -> {
            try {
                ballots.cast(card.entryId());
                Notifications.success("vote.page.thanks");
            } catch (UserFacingException refused) {
                Notifications.error(refused);
            }
            render();
        });
    }

    private String when(BallotPage page) {
        String at = Times.format(page.phase() == BallotPage.Phase.UPCOMING ? page.opensAt() : page.closesAt(), getLocale());
        return getTranslation("vote.page.when." + page.phase().name(), at);
    }

    private static Badge.Tone tone(BallotPage page) {
        return switch (page.phase()) {
            case UPCOMING, COUNTING -> Badge.Tone.INFO;
            case OPEN -> Badge.Tone.SUCCESS;
            case COUNTED -> Badge.Tone.DECIDED;
        };
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
