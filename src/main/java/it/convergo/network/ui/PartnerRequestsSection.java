package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.base.ui.ApplicantHomeSection;
import it.convergo.network.exchange.PartnerRequests;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** On the applicant's home, after what waits for the applicant in evaluations: requests to team up that wait for an answer. */
@org.springframework.stereotype.Component
@Order(1)
class PartnerRequestsSection implements ApplicantHomeSection {

    private final PartnerRequests requests;

    PartnerRequestsSection(PartnerRequests requests) {
        this.requests = requests;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().map(AccountPrincipal::organisationId).isEmpty()) {
            return Optional.empty();
        }
        long waiting = requests.countWaiting();
        if (waiting == 0) {
            return Optional.empty();
        }
        Div card = new Div(new H2(t("consortium.home.title")),
                new Paragraph(new Anchor("network/requests", t("consortium.home.waiting", waiting))));
        card.setId("home-partner-requests");
        card.addClassNames("cv-card", "cv-home-fits");
        return Optional.of(card);
    }

    private static String t(String key, Object... params) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, params);
    }
}
