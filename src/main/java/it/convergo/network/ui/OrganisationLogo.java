package it.convergo.network.ui;

import java.util.List;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.convergo.network.ProfileLogos;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An organisation's logo beside its name, or its initials on a neutral square when it has none. The image is fetched
 * by its own request, which asks the service again who may see it: nothing of the logo is loaded with the list.
 */
final class OrganisationLogo {

    private OrganisationLogo() {
    }

    /** @param large the profile page's size; lists use the small one */
    static Component of(ProfileLogos logos, long organisationId, String name, boolean hasLogo, boolean large) {
        Component logo;
        if (hasLogo) {
            logo = new Image(DownloadHandler.fromInputStream(e -> logos.logo(organisationId)
                    .map(png -> new DownloadResponse(new ByteArrayInputStream(png), "logo-" + organisationId + ".png",
                            "image/png", png.length))
                    .orElse(DownloadResponse.error(404))), name);
        } else {
            Span initials = new Span(initials(name));
            initials.addClassName("cv-org-logo-initials");
            // decorative: the name is written beside it
            initials.getElement().setAttribute("aria-hidden", "true");
            logo = initials;
        }
        logo.getElement().getClassList().add("cv-org-logo");
        if (large) {
            logo.getElement().getClassList().add("cv-org-logo-large");
        }
        logo.getElement().setAttribute("data-organisation", String.valueOf(organisationId));
        return logo;
    }

    /** A card's heading: the small logo (or initials) and the name as a link to the organisation's page. */
    static H3 heading(ProfileLogos logos, long organisationId, String name, boolean hasLogo) {
        H3 heading = new H3(of(logos, organisationId, name, hasLogo, false), new Anchor("network/" + organisationId, name));
        heading.addClassName("cv-org-logo-name");
        return heading;
    }

    /** A reason a card gives ("Brings: …"), only when it has values. */
    static void reason(Div card, String key, List<String> values) {
        if (!values.isEmpty()) {
            card.add(new Paragraph(card.getTranslation(key, String.join(", ", values))));
        }
    }

    /** The first letters of the first two words: "Ceramiche Rossi S.p.A." gives "CR". */
    static String initials(String name) {
        String letters = Arrays.stream(name == null ? new String[0] : name.trim().split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))).limit(2)
                .map(w -> new String(Character.toChars(w.codePointAt(0)))).collect(Collectors.joining());
        return letters.isEmpty() ? "·" : letters.toUpperCase(Locale.ROOT);
    }
}
