package it.convergo.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.panel.Bid;
import it.convergo.evaluation.panel.BidItem;
import it.convergo.evaluation.panel.BiddingService;
import jakarta.annotation.security.RolesAllowed;

/** Evaluators tell, proposal by proposal, how much they want to evaluate it; each choice is saved at once. */
@Route("bids/:challengeId")
@RolesAllowed(Role.EVALUATOR_NAME)
class BiddingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BiddingService bidding;

    BiddingView(BiddingService bidding) {
        this.bidding = bidding;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "challengeId", this::render);
    }

    private void render(long challengeId) {
        removeAll();
        Anchor back = new Anchor("evaluate", getTranslation("evaluation.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(getTranslation("evaluation.bid.title")), new Paragraph(getTranslation("evaluation.bid.intro")));
        for (BidItem item : bidding.items(challengeId)) {
            RadioButtonGroup<Bid> choice = new RadioButtonGroup<>();
            choice.setAriaLabel(getTranslation("evaluation.bid.choice", item.title()));
            choice.setItems(Bid.values());
            choice.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
            choice.setValue(item.bid());
            choice.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                bidding.bid(challengeId, item.proposalId(), e.getValue());
                Notifications.success("evaluation.bid.saved");
            });
            Paragraph abstractText = new Paragraph(item.abstractText());
            abstractText.addClassName("cv-prewrap");
            Div card = new Div(new H3(item.title()), abstractText, choice);
            card.addClassName("cv-card");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.bid.title") + " · Convergo";
    }
}
