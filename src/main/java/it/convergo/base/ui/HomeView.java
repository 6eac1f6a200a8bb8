package it.convergo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeCard;
import it.convergo.challenge.ChallengeService;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The public front page: what the portal is, how it works for each kind of organisation, and the open
 * challenges closing soonest. Signed-in users see their own starting points first.
 */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", icon = "vaadin:home", order = 0)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final ChallengeService challenges;

    HomeView(AuthenticationContext authentication, ChallengeService challenges) {
        this.challenges = challenges;
        addClassName("cv-home");
        setPadding(false);
        Div hero = new Div();
        hero.addClassName("cv-hero");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("cv-hero-lead");
        hero.add(title, lead);
        var user = authentication.getAuthenticatedUser(AccountPrincipal.class);
        if (user.isEmpty()) {
            Anchor register = new Anchor("register", getTranslation("home.cta.register"));
            register.addClassNames("cv-button", "cv-button-primary");
            Anchor signIn = new Anchor("login", getTranslation("home.cta.signIn"));
            signIn.addClassNames("cv-button", "cv-button-secondary");
            Div ctas = new Div(register, signIn);
            ctas.addClassName("cv-hero-actions");
            hero.add(ctas);
        } else {
            hero.add(new Paragraph(getTranslation("home.welcome", user.get().fullName())));
        }
        add(hero);

        Div body = new Div();
        body.addClassName("cv-home-body");
        user.ifPresent(u -> body.add(myStart(u)));
        body.add(new H2(getTranslation("home.how.title")), steps());
        body.add(openChallenges());
        add(body);
    }

    /** The open challenges closing soonest, as cards linking to their pages; an explanation when there are none. */
    private Div openChallenges() {
        List<ChallengeCard> open = challenges.closingSoon(6);
        if (open.isEmpty()) {
            Div empty = new Div(new H2(getTranslation("home.open.title")), new Paragraph(getTranslation("home.open.empty")));
            empty.addClassNames("cv-card", "cv-empty-state");
            return empty;
        }
        Div section = new Div(new H2(getTranslation("home.open.title")));
        Div cards = new Div();
        cards.addClassName("cv-card-grid");
        for (ChallengeCard c : open) {
            Anchor card = new Anchor("challenges/" + c.slug(), "");
            Span deadline = new Span(Times.format(c.closesAt(), getLocale()));
            deadline.addClassName("cv-home-deadline");
            Span firm = new Span(c.firmName());
            firm.addClassName("cv-home-firm");
            card.add(new H3(c.title()), firm, new Paragraph(c.summary() == null ? "" : c.summary()), deadline);
            card.addClassNames("cv-card", "cv-card-link", "cv-home-challenge");
            cards.add(card);
        }
        Anchor all = new Anchor("challenges", getTranslation("home.open.all"));
        section.add(cards, all);
        return section;
    }

    private Div myStart(AccountPrincipal user) {
        Div start = new Div(new H2(getTranslation("home.mine.title")));
        start.addClassName("cv-cards");
        Div cards = new Div();
        cards.addClassName("cv-card-grid");
        if (user.has(Role.ADMIN)) {
            cards.add(card(VaadinIcon.USERS, "home.mine.admin", "admin/users"));
        }
        if (user.has(Role.FIRM_MANAGER)) {
            cards.add(card(VaadinIcon.LIGHTBULB, "home.mine.challenges", "my-challenges"));
        }
        cards.add(card(VaadinIcon.USER, "home.mine.profile", "profile"));
        start.add(cards);
        return start;
    }

    private Div steps() {
        Div grid = new Div();
        grid.addClassName("cv-card-grid");
        grid.add(step(VaadinIcon.LIGHTBULB, "home.how.firms"), step(VaadinIcon.ROCKET, "home.how.applicants"),
                step(VaadinIcon.SCALE, "home.how.evaluators"));
        return grid;
    }

    private Div step(VaadinIcon icon, String key) {
        Icon i = icon.create();
        i.addClassName("cv-card-icon");
        Div card = new Div(i, new H3(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        card.addClassName("cv-card");
        return card;
    }

    private Anchor card(VaadinIcon icon, String key, String href) {
        Icon i = icon.create();
        i.addClassName("cv-card-icon");
        Anchor card = new Anchor(href, "");
        card.add(i, new H3(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        card.addClassNames("cv-card", "cv-card-link");
        return card;
    }

    @Override
    public String getPageTitle() {
        return "Convergo · " + getTranslation("home.tagline");
    }
}
