package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Downloads;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.appeals.AppealService;
import it.convergo.evaluation.results.ResultsService;
import jakarta.annotation.security.RolesAllowed;

/** An applicant's published result: the outcome, the Evaluation Summary Report to download, and the appeal. */
@Route("results/:proposalId")
@RolesAllowed({Role.APPLICANT_NAME, Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class ResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final AppealService appeals;

    ResultView(ResultsService results, AppealService appeals) {
        this.results = results;
        this.appeals = appeals;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "proposalId", this::render);
    }

    private void render(long proposalId) {
        var outcome = results.outcome(proposalId);
        removeAll();
        Anchor back = new Anchor("my-proposals", getTranslation("evaluation.result.back"));
        back.addClassName("cv-breadcrumb");
        Anchor report = new Anchor(Downloads.pdf(() -> results.report(proposalId, getLocale()), "ESR-" + proposalId + ".pdf"),
                getTranslation("evaluation.result.download"));
        report.getElement().setAttribute("download", true);
        report.addClassName("cv-download");
        Div card = new Div(new H1(getTranslation("evaluation.result.title")),
                outcome.map(o -> (Component) new Badge(getTranslation(o.labelKey()), Badge.Tone.DECIDED))
                        .orElse(new Paragraph("—")),
                new Paragraph(getTranslation("evaluation.result.intro")), report);
        card.addClassName("cv-card");
        add(back, card, new AppealSection(appeals, proposalId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.result.title") + " · Convergo";
    }
}
