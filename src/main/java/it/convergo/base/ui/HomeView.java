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

/**
 * The public front page: what the portal is, how it works for each kind of organisation, and where the
 * open challenges will be listed. Signed-in users see their own starting points first.
 */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", icon = "vaadin:home", order = 0)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication) {
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
        Div catalogue = new Div(new H2(getTranslation("home.open.title")), new Paragraph(getTranslation("home.open.empty")));
        catalogue.addClassNames("cv-card", "cv-empty-state");
        body.add(catalogue);
        add(body);
    }

    private Div myStart(AccountPrincipal user) {
        Div start = new Div(new H2(getTranslation("home.mine.title")));
        start.addClassName("cv-cards");
        Div cards = new Div();
        cards.addClassName("cv-card-grid");
        if (user.has(Role.ADMIN)) {
            cards.add(card(VaadinIcon.USERS, "home.mine.admin", "admin/users"));
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
