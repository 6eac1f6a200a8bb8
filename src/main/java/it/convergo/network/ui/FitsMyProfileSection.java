package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.base.ui.ApplicantHomeSection;
import it.convergo.network.ChallengeMatch;
import it.convergo.network.Completeness;
import it.convergo.network.Matchmaking;
import it.convergo.network.MyProfile;
import it.convergo.network.exchange.PostMatch;
import java.util.List;
import java.util.Optional;

/**
 * On the applicant's home: the live challenges, needs and offers that fit the organisation's network profile, with
 * what they share, and how complete the profile is (a fuller profile finds more, and is found by more firms).
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(2)
class FitsMyProfileSection implements ApplicantHomeSection {

    static final int SHOWN = 3;

    private final Matchmaking matchmaking;
    private final MyProfile profile;

    FitsMyProfileSection(Matchmaking matchmaking, MyProfile profile) {
        this.matchmaking = matchmaking;
        this.profile = profile;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().map(AccountPrincipal::organisationId).isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.setId("home-fits-profile");
        card.addClassNames("cv-card", "cv-home-fits");
        card.add(new H2(card.getTranslation("network.forMe.title")));
        List<ChallengeMatch> matches = matchmaking.challengesForMe(SHOWN);
        if (matches.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("network.forMe.empty")));
        }
        for (ChallengeMatch m : matches) {
            Div line = new Div(new Anchor("challenges/" + m.slug(), m.title()));
            line.addClassName("cv-home-fit");
            List<String> shared = new java.util.ArrayList<>();
            m.areas().forEach(a -> shared.add(card.getTranslation(a.labelKey())));
            shared.addAll(m.words());
            if (!shared.isEmpty()) {
                Paragraph why = new Paragraph(card.getTranslation("network.home.shared", String.join(", ", shared)));
                why.addClassName("cv-proposal-sub");
                line.add(why);
            }
            card.add(line);
        }
        List<PostMatch> posts = matchmaking.postsForMe(SHOWN);
        if (!posts.isEmpty()) {
            card.add(new H3(card.getTranslation("network.forMe.posts")));
            for (PostMatch m : posts) {
                Div line = new Div(new Span(card.getTranslation(m.post().kind().labelKey()) + " · "),
                        new Anchor("network/exchange/" + m.post().id(), m.post().title()));
                line.addClassName("cv-home-fit");
                List<String> shared = new java.util.ArrayList<>();
                shared.add(card.getTranslation(m.post().area().labelKey()));
                shared.addAll(m.words());
                Paragraph why = new Paragraph(card.getTranslation("network.home.postFrom", m.post().organisationName(),
                        String.join(", ", shared)));
                why.addClassName("cv-proposal-sub");
                line.add(why);
                card.add(line);
            }
        }
        Completeness done = profile.completeness(profile.load());
        if (done.percent() < 100) {
            card.add(new Paragraph(new Anchor("network/profile",
                    card.getTranslation("network.home.completeProfile", done.percent()))));
        }
        card.add(new Paragraph(new Anchor("network", card.getTranslation("network.home.more"))));
        return Optional.of(card);
    }
}
