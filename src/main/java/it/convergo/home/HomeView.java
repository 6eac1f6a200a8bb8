package it.convergo.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.ChallengeCard;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The public front page: what the portal is, how it works for each kind of organisation, and the open
 * challenges closing soonest. Signed-in users see their own starting points first.
 */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", icon = "vaadin:home", order = 0)
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Set once a signed-in user has been taken to their own page, so "Home" stays reachable afterwards. */
    static final String LANDED = "convergo.landed";

    private final Catalogue challenges;
    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication, Catalogue challenges) {
        this.challenges = challenges;
        this.authentication = authentication;
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
            hero.add(new Paragraph(getTranslation("home.welcome", firstName(user.get().fullName()))));
        }
        add(hero);

        Div body = new Div();
        body.addClassName("cv-home-body");
        user.ifPresent(u -> body.add(myStart(u)));
        body.add(new H2(getTranslation("home.how.title")), steps());
        body.add(openChallenges());
        add(body);
    }

    /**
     * After signing in, each role lands where its work is (the first visit of the session only): admins on
     * the portal's overview, firm managers on what waits for them in their challenges, evaluators on their queue, applicants on their
     * proposals.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = authentication.getAuthenticatedUser(AccountPrincipal.class);
        VaadinSession session = VaadinSession.getCurrent();
        if (user.isEmpty() || session == null || session.getAttribute(LANDED) != null) {
            return;
        }
        session.setAttribute(LANDED, Boolean.TRUE);
        landing(user.get()).ifPresent(event::forwardTo);
    }

    static Optional<String> landing(AccountPrincipal user) {
        if (user.has(Role.ADMIN)) {
            return Optional.of("admin");
        }
        if (user.has(Role.FIRM_MANAGER)) {
            return Optional.of("firm");
        }
        if (user.has(Role.EVALUATOR)) {
            return Optional.of("evaluate");
        }
        return user.has(Role.APPLICANT) ? Optional.of("my-proposals") : Optional.empty();
    }

    private static String firstName(@Nullable String fullName) {
        String name = fullName == null ? "" : fullName.trim();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
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
            cards.add(card(VaadinIcon.CLIPBOARD_CHECK, "home.mine.evaluations", "evaluation"));
        }
        if (user.has(Role.EVALUATOR)) {
            cards.add(card(VaadinIcon.SCALE, "home.mine.evaluate", "evaluate"));
        }
        if (user.has(Role.APPLICANT)) {
            cards.add(card(VaadinIcon.FILE_TEXT_O, "home.mine.proposals", "my-proposals"));
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
