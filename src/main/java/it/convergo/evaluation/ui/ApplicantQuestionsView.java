package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.questions.ApplicantQuestions;
import it.convergo.evaluation.questions.PanelQuestions;
import it.convergo.evaluation.questions.Question;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The applicant's side of the clarification round: the panel's questions on one proposal, each with its
 * deadline, answered once from here (the e-mail announcing a question links to this page).
 */
@Route("questions/:proposalId")
@RolesAllowed(Role.APPLICANT_NAME)
class ApplicantQuestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelQuestions questions;
    private final Clock clock;
    private long proposalId;

    ApplicantQuestionsView(PanelQuestions questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "proposalId", id -> {
            proposalId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        ApplicantQuestions mine = questions.forApplicant(proposalId);
        Anchor back = new Anchor("my-proposals", getTranslation("evaluation.questions.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(getTranslation("evaluation.questions.applicant.title")),
                new Paragraph(getTranslation("evaluation.questions.applicant.intro", mine.proposalTitle(), mine.challengeTitle())));
        if (mine.questions().isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.questions.applicant.none")));
        }
        for (Question q : mine.questions()) {
            QuestionCard card = new QuestionCard(q, clock.instant(), "evaluation.questions.applicant.yourAnswer");
            if (questions.answerable(q)) {
                TextArea answer = CountedText.area(getTranslation("evaluation.questions.applicant.answer"), PanelQuestions.TEXT);
                answer.setId("answer-" + q.id());
                Button send = new Button(getTranslation("evaluation.questions.applicant.send"), e ->
                        Confirm.of("evaluation.questions.applicant.send", getTranslation("evaluation.questions.applicant.confirm"))
                                .then(() -> {
                                    questions.answer(q.id(), answer.getValue());
                                    Notifications.success("evaluation.questions.applicant.sent");
                                    render();
                                }));
                send.setId("answer-send-" + q.id());
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(answer, send);
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.questions.applicant.title") + " · Convergo";
    }
}
