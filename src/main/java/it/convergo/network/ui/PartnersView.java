package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.challenge.Challenges;
import it.convergo.network.Complements;
import it.convergo.network.NetworkLimits;
import it.convergo.network.PartnerMatch;
import it.convergo.network.ProfileLogos;
import it.convergo.network.exchange.PartnerRequestStatus;
import it.convergo.network.exchange.PartnerRequestView;
import it.convergo.network.exchange.PartnerRequests;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consortium building: for an open challenge, the organisations open to partnering that complement the applicant's
 * own, with the reasons, and a request to team up that the other side accepts or ignores.
 */
@Route("network/partners/:challengeId")
@RolesAllowed(Role.APPLICANT_NAME)
class PartnersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SHOWN = 20;

    private final Complements complements;
    private final PartnerRequests requests;
    private final Challenges challenges;
    private final ProfileLogos logos;
    private final Div list = new Div();
    private long challengeId;

    PartnersView(Complements complements, PartnerRequests requests, Challenges challenges, ProfileLogos logos) {
        this.complements = complements;
        this.logos = logos;
        this.requests = requests;
        this.challenges = challenges;
        addClassName("cv-page-narrow");
        list.setId("partners");
        list.addClassName("cv-card-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "challengeId", id -> {
            List<PartnerMatch> matches = complements.forChallenge(id, SHOWN);
            challengeId = id;
            var challenge = challenges.view(id);
            removeAll();
            add(new Anchor("challenges/" + challenge.slug(), getTranslation("consortium.back", challenge.title())),
                    new H1(getTranslation("consortium.title")),
                    new Paragraph(getTranslation("consortium.lead", challenge.title())),
                    new Paragraph(new Anchor("network/requests", getTranslation("consortium.requests.link"))), list);
            show(matches);
        });
    }

    private void show(List<PartnerMatch> matches) {
        list.removeAll();
        if (matches.isEmpty()) {
            list.add(new Paragraph(getTranslation("consortium.empty")));
            return;
        }
        Map<Long, PartnerRequestView> sent = requests.sentFor(challengeId);
        // which cards have a logo: one query for the list; each image is then fetched by its own request
        Set<Long> withLogo = logos.shown(matches.stream().map(PartnerMatch::organisationId).toList());
        matches.forEach(m -> list.add(card(m, sent.get(m.organisationId()), withLogo.contains(m.organisationId()))));
    }

    private Component card(PartnerMatch m, PartnerRequestView request, boolean hasLogo) {
        Div card = new Div();
        card.addClassName("cv-card");
        card.setId("partner-" + m.organisationId());
        card.add(OrganisationLogo.heading(logos, m.organisationId(), m.name(), hasLogo));
        if (m.type() != null) {
            card.add(new Span(getTranslation(m.type().labelKey())));
        }
        OrganisationLogo.reason(card, "consortium.brings", m.brings().stream().map(a -> getTranslation(a.labelKey())).toList());
        OrganisationLogo.reason(card, "consortium.shares", m.shares().stream().map(a -> getTranslation(a.labelKey())).toList());
        OrganisationLogo.reason(card, "network.matches.capabilities", m.capabilities());
        OrganisationLogo.reason(card, "network.matches.words", m.words());
        if (request == null) {
            card.add(ask(m, card));
        } else {
            card.add(ExchangeUi.request(this, request.status()));
            if (request.status() == PartnerRequestStatus.ACCEPTED) {
                card.add(ExchangeUi.contact(this, request.contact()));
            }
        }
        return card;
    }

    /** "Ask to team up" opens a short note and the send button in the card itself: no dialog to lose on a phone. */
    private Component ask(PartnerMatch m, Div card) {
        Button open = new Button(getTranslation("consortium.ask"));
        open.setId("ask-" + m.organisationId());
        open.addClickListener(e -> {
            TextArea note = CountedText.area(getTranslation("consortium.message"), NetworkLimits.PARTNER_MESSAGE);
            note.setId("message-" + m.organisationId());
            note.setHelperText(getTranslation("consortium.messageHelp"));
            note.setWidthFull();
            Button send = new Button(getTranslation("consortium.send"));
            send.setId("send-" + m.organisationId());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setDisableOnClick(true);
            send.addClickListener(click -> {
                try {
                    requests.send(challengeId, m.organisationId(), note.getValue());
                } finally {
                    send.setEnabled(true); // a refusal (too long, no longer open) leaves the note to correct
                }
                Notifications.success("consortium.sent", m.name());
                show(complements.forChallenge(challengeId, SHOWN));
            });
            Div form = new Div(note, send);
            form.addClassName("cv-fields");
            card.replace(open, form);
            note.focus();
        });
        return open;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("consortium.title") + " · Convergo";
    }
}
