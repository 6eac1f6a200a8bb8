package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.base.Times;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.questions.PanelQuestions;
import it.convergo.evaluation.questions.PanelQuestionsView;
import it.convergo.evaluation.questions.Question;
import java.time.Clock;

/**
 * "ClarificationRounds from the applicant" beside the proposal, for its panel: every question with its deadline and
 * answer; for the rapporteur while the evaluation runs, the form that sends a new one.
 */
class QuestionsSection extends Div {

    private final PanelQuestions questions;
    private final Clock clock;
    private final long proposalId;

    QuestionsSection(PanelQuestions questions, Clock clock, long proposalId) {
        this.questions = questions;
        this.clock = clock;
        this.proposalId = proposalId;
        setId("panel-questions");
        addClassName("cv-questions");
        render();
    }

    private void render() {
        removeAll();
        PanelQuestionsView view = questions.forPanel(proposalId);
        add(new H3(getTranslation("evaluation.questions.title")));
        if (view.blind()) {
            Paragraph hint = new Paragraph(getTranslation("evaluation.questions.blind"));
            hint.addClassName("cv-hint");
            add(hint);
        }
        if (view.questions().isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.questions.none")));
        }
        for (Question q : view.questions()) {
            add(new QuestionCard(q, clock.instant(), "evaluation.questions.firm.answer"));
        }
        if (view.canAsk()) {
            String due = Times.format(view.dueIfAskedNow(), getLocale());
            TextArea text = CountedText.area(getTranslation("evaluation.questions.ask"), PanelQuestions.TEXT);
            text.setId("question-text");
            text.setHelperText(getTranslation("evaluation.questions.askHint", due));
            Button send = new Button(getTranslation("evaluation.questions.send"), e ->
                    Confirm.of("evaluation.questions.send", getTranslation("evaluation.questions.sendConfirm", due)).then(() -> {
                        questions.ask(proposalId, text.getValue());
                        Notifications.success("evaluation.questions.sent");
                        render();
                    }));
            send.setId("question-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(text, send);
        }
    }
}
