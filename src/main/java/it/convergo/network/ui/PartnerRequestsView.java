package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Notifications;
import it.convergo.network.ProfileLogos;
import it.convergo.network.exchange.PartnerRequestStatus;
import it.convergo.network.exchange.PartnerRequestView;
import it.convergo.network.exchange.PartnerRequests;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * Requests to team up: those my organisation received, to accept (the contacts are then revealed both ways) or to
 * ignore (nobody is told), and those it sent, with the answer. Each list shows a page and more on demand.
 */
@Route("network/requests")
@Menu(title = "nav.partnerRequests", icon = "vaadin:handshake", order = 8)
@RolesAllowed({Role.APPLICANT_NAME, Role.FIRM_MANAGER_NAME})
class PartnerRequestsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;

    private final PartnerRequests requests;
    private final ProfileLogos logos;
    private final Div received = new Div();
    private final Div sent = new Div();

    PartnerRequestsView(PartnerRequests requests, ProfileLogos logos) {
        this.requests = requests;
        this.logos = logos;
        addClassName("cv-page-narrow");
        received.setId("requests-received");
        received.addClassName("cv-card-list");
        sent.setId("requests-sent");
        sent.addClassName("cv-card-list");
        add(new Anchor("network", getTranslation("network.profile.back")), new H1(getTranslation("consortium.requests.title")),
                new Paragraph(getTranslation("consortium.requests.lead")),
                new H2(getTranslation("consortium.requests.received")), received,
                new H2(getTranslation("consortium.requests.sent")), sent);
        render();
    }

    private void render() {
        fill(received, requests::received, requests::countReceived, "consortium.requests.noneReceived");
        fill(sent, requests::sent, requests::countSent, "consortium.requests.noneSent");
    }

    private void fill(Div list, BiFunction<Integer, Integer, List<PartnerRequestView>> page, LongSupplier count,
                      String emptyKey) {
        list.removeAll();
        long total = count.getAsLong();
        if (total == 0) {
            list.add(new Paragraph(getTranslation(emptyKey)));
            return;
        }
        more(list, page, total, 0);
    }

    private void more(Div list, BiFunction<Integer, Integer, List<PartnerRequestView>> page, long total, int offset) {
        List<PartnerRequestView> cards = page.apply(offset, PAGE);
        // which cards have a logo: one query per page; each image is then fetched by its own request
        Set<Long> withLogo = logos.shown(cards.stream().map(PartnerRequestView::otherOrganisationId).toList());
        cards.forEach(r -> list.add(card(r, withLogo.contains(r.otherOrganisationId()))));
        int shown = offset + PAGE;
        if (shown < total) {
            Button more = new Button(getTranslation("consortium.requests.more", total - shown));
            more.addClickListener(e -> {
                list.remove(more);
                more(list, page, total, shown);
            });
            list.add(more);
        }
    }

    private Component card(PartnerRequestView r, boolean hasLogo) {
        Div card = new Div();
        card.addClassName("cv-card");
        card.setId((r.received() ? "received-" : "sent-") + r.id());
        card.add(OrganisationLogo.heading(logos, r.otherOrganisationId(), r.otherOrganisationName(), hasLogo));
        Paragraph about = new Paragraph(getTranslation("consortium.requests.for"));
        about.add(new Anchor("challenges/" + r.challengeSlug(), r.challengeTitle()));
        Span when = new Span(Times.format(r.createdAt(), getLocale()));
        when.addClassName("cv-proposal-sub");
        card.add(about, new Div(ExchangeUi.request(this, r.status()), new Span(" "), when));
        if (r.message() != null) {
            Paragraph message = new Paragraph(r.message());
            message.getStyle().set("white-space", "pre-line");
            card.add(message);
        }
        if (r.status() == PartnerRequestStatus.ACCEPTED) {
            card.add(ExchangeUi.contact(this, r.contact()));
        } else if (r.received()) {
            Button accept = new Button(getTranslation("consortium.accept"), e -> Confirm.of("consortium.accept",
                    getTranslation("consortium.accept.confirm", r.otherOrganisationName())).then(() -> answer(r, true)));
            accept.setId("accept-" + r.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(accept);
            actions.addClassName("cv-hero-actions");
            if (r.status() == PartnerRequestStatus.PENDING) {
                Button ignore = new Button(getTranslation("consortium.ignore"), e -> answer(r, false));
                ignore.setId("ignore-" + r.id());
                actions.add(ignore);
            }
            card.add(actions);
        } else {
            card.add(new Paragraph(getTranslation("consortium.requests.waiting")));
        }
        return card;
    }

    private void answer(PartnerRequestView r, boolean accept) {
        requests.answer(r.id(), accept);
        Notifications.success(accept ? "consortium.accepted" : "consortium.ignored", r.otherOrganisationName());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consortium.requests.title") + " · Convergo";
    }
}
