package it.convergo.network.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.RouteIds;
import it.convergo.network.Directory;
import it.convergo.network.ProfileLogos;
import it.convergo.network.ProfilePage;
import java.util.stream.Collectors;

/** One organisation's profile, with only the fields this reader may see; unlisted or unknown: "not found". */
@Route("network/:organisationId")
@AnonymousAllowed
class ProfilePageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Directory directory;
    private final ProfileLogos logos;
    private String title = "";

    ProfilePageView(Directory directory, ProfileLogos logos) {
        this.directory = directory;
        this.logos = logos;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "organisationId", id -> render(directory.profile(id)
                .orElseThrow(() -> new UserFacingException("error.notFound"))));
    }

    private void render(ProfilePage p) {
        removeAll();
        title = p.name();
        boolean hasLogo = logos.shown(java.util.Set.of(p.organisationId())).contains(p.organisationId());
        FlexLayout heading = new FlexLayout(OrganisationLogo.of(logos, p.organisationId(), p.name(), hasLogo, true),
                new H1(p.name()));
        heading.addClassName("cv-org-logo-heading");
        add(new Anchor("network", getTranslation("network.profile.back")), heading);
        String description = "it".equals(getLocale().getLanguage()) ? first(p.descriptionIt(), p.descriptionEn())
                : first(p.descriptionEn(), p.descriptionIt());
        if (description != null) {
            Paragraph text = new Paragraph(description);
            text.setId("profile-description");
            add(text);
        }
        Div facts = new Div();
        facts.setId("profile-facts");
        facts.addClassName("cv-facts");
        facts.add(new Fact(getTranslation("network.directory.type"), p.type() == null ? null : getTranslation(p.type().labelKey())));
        if (!p.areas().isEmpty()) {
            facts.add(new Fact(getTranslation("network.field.AREAS"), p.areas().stream()
                    .map(a -> getTranslation(a.labelKey())).sorted().collect(Collectors.joining(", "))));
        }
        if (!p.sectors().isEmpty()) {
            facts.add(new Fact(getTranslation("network.field.SECTORS"), p.sectors().stream()
                    .map(s -> getTranslation(s.labelKey())).sorted().collect(Collectors.joining(", "))));
        }
        fact(facts, "network.field.TRL", p.trl() == null ? null : String.valueOf(p.trl()));
        fact(facts, "network.field.CAPABILITIES", p.capabilities());
        fact(facts, "network.field.TEAM_SIZE", p.teamSize() == null ? null
                : java.text.NumberFormat.getIntegerInstance(getLocale()).format(p.teamSize()));
        fact(facts, "network.field.REGION", p.region() == null ? null : getTranslation(p.region().labelKey()));
        fact(facts, "network.field.CERTIFICATIONS", p.certifications());
        fact(facts, "network.field.LINKS", p.links());
        fact(facts, "network.field.PARTNERING", p.openToPartnering() == null ? null
                : getTranslation(p.openToPartnering() ? "network.profile.yes" : "network.profile.no"));
        add(facts);
        section("network.field.REFERENCES", p.references());
        section("network.field.FACILITIES", p.facilities());
    }

    private void fact(Div facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(getTranslation(key), value));
        }
    }

    private void section(String key, String text) {
        if (text != null && !text.isBlank()) {
            add(new H2(getTranslation(key)), new Paragraph(text));
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
