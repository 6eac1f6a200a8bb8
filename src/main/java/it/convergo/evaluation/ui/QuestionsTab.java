package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import it.convergo.base.Times;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.PhoneCards;
import it.convergo.base.ui.RowCard;
import it.convergo.evaluation.questions.FirmQuestions;
import it.convergo.evaluation.questions.PanelQuestions;
import it.convergo.evaluation.questions.Question;

/** The firm's view of the challenge's clarification rounds: the answer window, and every question with its answer. */
class QuestionsTab extends VerticalLayout {

    QuestionsTab(FirmQuestions questions, long challengeId) {
        setPadding(false);
        IntegerField days = new IntegerField(getTranslation("evaluation.questions.firm.window"));
        days.setId("question-window");
        days.setMin(PanelQuestions.MIN_DAYS);
        days.setMax(PanelQuestions.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(questions.window(challengeId));
        Button save = new Button(getTranslation("evaluation.questions.firm.save"), e -> {
            questions.setWindow(challengeId, days.getValue() == null ? 0 : days.getValue());
            Notifications.success("evaluation.questions.firm.saved");
        });
        HorizontalLayout window = new HorizontalLayout(days, save);
        window.setAlignItems(FlexComponent.Alignment.BASELINE);
        Grid<Question> grid = new Grid<>();
        grid.setId("firm-questions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Question::proposalTitle).setHeader(getTranslation("evaluation.questions.firm.proposal")).setFlexGrow(1);
        grid.addColumn(Question::question).setHeader(getTranslation("evaluation.questions.firm.question")).setFlexGrow(2);
        grid.addColumn(q -> getTranslation(q.status().labelKey())).setHeader(getTranslation("evaluation.questions.firm.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> Times.format(q.dueAt(), getLocale())).setHeader(getTranslation("evaluation.questions.firm.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> q.answer() == null ? "" : q.answer()).setHeader(getTranslation("evaluation.questions.firm.answer"))
                .setFlexGrow(2);
        // on a phone five columns are slivers: each question is a card with its proposal, state, deadline and answer
        PhoneCards.add(this, grid, this::card, getTranslation("evaluation.questions.firm.question"));
        grid.setEmptyStateText(getTranslation("evaluation.questions.firm.empty"));
        LazyGrids.bind(grid, page -> questions.page(challengeId, page), () -> questions.count(challengeId));
        add(new Paragraph(getTranslation("evaluation.questions.firm.intro")), window, grid);
    }

    private RowCard card(Question q) {
        return new RowCard(new H4(q.proposalTitle()), new Paragraph(q.question()))
                .line(new Span(getTranslation(q.status().labelKey())), new Span(Times.format(q.dueAt(), getLocale())))
                .then(new Paragraph(q.answer() == null ? "" : q.answer()));
    }
}
