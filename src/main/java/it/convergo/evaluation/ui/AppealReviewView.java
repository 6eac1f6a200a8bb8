package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.appeals.AppealLimits;
import it.convergo.evaluation.appeals.AppealService;
import it.convergo.evaluation.appeals.AppealViews;
import jakarta.annotation.security.RolesAllowed;

/**
 * A reviewer's page for one appeal: the grounds, the result under appeal and the firm's feedback, then the
 * opinion (founded or not, and why), given once. In a blind challenge the applicant is not named.
 */
@Route("appeals/:appealId/review")
@RolesAllowed(Role.EVALUATOR_NAME)
class AppealReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;

    AppealReviewView(AppealService appeals) {
        this.appeals = appeals;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "appealId", this::render);
    }

    private void render(long appealId) {
        AppealViews.Reviewer a = appeals.forReviewer(appealId);
        removeAll();
        Anchor back = new Anchor("evaluate", getTranslation("appeal.review.back"));
        back.addClassName("cv-breadcrumb");
        Div card = new Div(new H1(getTranslation("appeal.review.title")),
                new Paragraph(getTranslation("appeal.review.challenge", a.challengeTitle())),
                new Paragraph(a.organisationName() == null ? getTranslation("appeal.review.proposalBlind", a.proposalTitle())
                        : getTranslation("appeal.review.proposal", a.proposalTitle(), a.organisationName())),
                new Paragraph(getTranslation("appeal.review.result", a.resultOutcome() == null ? "—"
                        : getTranslation(a.resultOutcome().labelKey()))),
                new Paragraph(getTranslation("appeal.review.filedAt", Times.format(a.filedAt(), getLocale()))));
        if (a.dueAt() != null) {
            card.add(new Paragraph(getTranslation("appeal.review.due", Times.format(a.dueAt(), getLocale()))));
        }
        card.add(new H2(getTranslation("appeal.applicant.grounds")));
        Paragraph grounds = new Paragraph(a.grounds());
        grounds.setId("appeal-grounds");
        grounds.addClassName("cv-proposal-text");
        card.add(grounds);
        if (a.feedback() != null) {
            card.add(new H2(getTranslation("appeal.review.feedback")));
            Paragraph feedback = new Paragraph(a.feedback());
            feedback.addClassName("cv-proposal-text");
            card.add(feedback);
        }
        card.addClassName("cv-card");
        add(back, card, a.open() ? form(appealId) : given(a));
    }

    private Div form(long appealId) {
        RadioButtonGroup<Boolean> founded = new RadioButtonGroup<>(getTranslation("appeal.review.founded"));
        founded.setId("appeal-founded");
        founded.setItems(Boolean.TRUE, Boolean.FALSE);
        founded.setItemLabelGenerator(b -> getTranslation(b ? "appeal.review.yes" : "appeal.review.no"));
        TextArea opinion = CountedText.area(getTranslation("appeal.review.opinion"), AppealLimits.OPINION);
        opinion.setId("appeal-opinion");
        opinion.setWidthFull();
        Button give = new Button(getTranslation("appeal.review.give"), e -> {
            if (founded.getValue() == null) {
                Notifications.error("appeal.error.foundedRequired");
                return;
            }
            Confirm.of("appeal.review.give", getTranslation("appeal.review.confirm")).then(() -> {
                appeals.giveOpinion(appealId, founded.getValue(), opinion.getValue());
                Notifications.success("appeal.review.given");
                render(appealId);
            });
        });
        give.setId("appeal-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H2(getTranslation("appeal.review.yourOpinion")), founded, opinion, give);
        box.addClassName("cv-card");
        return box;
    }

    private Div given(AppealViews.Reviewer a) {
        Div box = new Div(new H2(getTranslation("appeal.review.yourOpinion")));
        if (a.supports() == null) {
            box.add(new Paragraph(getTranslation("appeal.review.closed")));
        } else {
            box.add(new Paragraph(getTranslation(a.supports() ? "appeal.review.yes" : "appeal.review.no")));
            Paragraph text = new Paragraph(a.opinion());
            text.setId("appeal-opinion-given");
            text.addClassName("cv-proposal-text");
            box.add(text);
        }
        box.addClassName("cv-card");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.review.title") + " · Convergo";
    }
}
