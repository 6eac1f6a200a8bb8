package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.evaluation.questions.PanelQuestions;
import it.convergo.evaluation.questions.Question;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clarification round on screen: the rapporteur asks beside the proposal, the applicant answers on its
 * page with the deadline in view, the panel reads the answer, the firm sees it on its Clarifications tab; in
 * English and in Italian.
 */
class ClarificationViewsTest extends KaribuTest {

    @Autowired QuestionScenario scenario;
    @Autowired PanelQuestions questions;

    private static void confirm() {
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        dialog.close(); // the browser closes it on confirm; the mocked one stays open
    }

    private String it(String key, Object... params) {
        return translations.get(key, Translations.ITALIAN, params);
    }

    @Test
    void theRapporteurAsksInEnglishTheApplicantAnswersInItalianThePanelAndTheFirmRead() {
        var s = scenario.underEvaluation(false);
        login(s.rapporteur().getEmail());
        UI.getCurrent().navigate("evaluate/" + s.proposal());
        assertThat(pageText()).contains(t("evaluation.questions.title"), t("evaluation.questions.none"));
        UserInput.set(_get(TextArea.class, spec -> spec.withId("question-text")), "How many pilot customers do you have?");
        _click(_get(Button.class, spec -> spec.withId("question-send")));
        confirm();
        Question asked = questions.forPanel(s.proposal()).questions().getFirst();
        assertThat(pageText()).contains("How many pilot customers do you have?", t("evaluation.questions.status.OPEN"),
                t("evaluation.questions.due", Times.format(asked.dueAt(), Locale.ENGLISH)));
        logout();

        login(s.member().getEmail());
        UI.getCurrent().setLocale(Translations.ITALIAN);
        UI.getCurrent().navigate("evaluate/" + s.proposal());
        assertThat(pageText()).contains(it("evaluation.questions.title"), "How many pilot customers do you have?",
                it("evaluation.questions.status.OPEN"));
        assertThat(_find(Button.class, spec -> spec.withId("question-send"))).as("only the rapporteur asks").isEmpty();
        logout();

        login(s.applicant().getEmail());
        UI.getCurrent().setLocale(Translations.ITALIAN);
        UI.getCurrent().navigate("my-proposals");
        // the applicant's home says what waits, with the deadline, and leads to the question
        com.vaadin.flow.component.html.Div waiting = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("home-waiting"));
        assertThat(waiting.getElement().getTextRecursively()).contains(it("evaluation.home.waiting"))
                .contains(Times.format(asked.dueAt(), Translations.ITALIAN))
                .doesNotContain("How many pilot customers do you have?");
        assertThat(_get(waiting, com.vaadin.flow.component.html.Anchor.class).getHref()).isEqualTo("questions/" + s.proposal());
        UI.getCurrent().navigate("questions/" + s.proposal());
        assertThat(pageText()).contains(it("evaluation.questions.applicant.title"), "How many pilot customers do you have?",
                it("evaluation.questions.due", Times.format(asked.dueAt(), Translations.ITALIAN)), "Ancora")
                .doesNotContain(s.rapporteur().getFullName());
        UserInput.set(_get(TextArea.class, spec -> spec.withId("answer-" + asked.id())), "Tre clienti pilota in Lombardia.");
        _click(_get(Button.class, spec -> spec.withId("answer-send-" + asked.id())));
        confirm();
        assertThat(pageText()).contains("Tre clienti pilota in Lombardia.", it("evaluation.questions.status.ANSWERED"));
        assertThat(_find(Button.class, spec -> spec.withId("answer-send-" + asked.id()))).as("answered once").isEmpty();
        UI.getCurrent().navigate("my-proposals");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("home-waiting"))).as("nothing waits any more").isEmpty();
        logout();

        login(s.rapporteur().getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("evaluate/" + s.proposal());
        assertThat(pageText()).contains("Tre clienti pilota in Lombardia.", t("evaluation.questions.status.ANSWERED"));
        logout();

        login(s.manager().getEmail());
        UI.getCurrent().navigate("evaluation/" + s.challenge());
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(3);
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo(t("evaluation.questions.tab"));
        @SuppressWarnings("unchecked")
        Grid<Question> grid = _get(tabs.getComponent(tabs.getSelectedTab()), Grid.class, spec -> spec.withId("firm-questions"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("How many pilot customers do you have?",
                "Tre clienti pilota in Lombardia.", t("evaluation.questions.status.ANSWERED"));
    }

    @Test
    void theApplicantSeesNoAnswerFieldAfterTheDeadline() {
        var s = scenario.underEvaluation(false);
        scenario.challenges.signIn(s.rapporteur());
        Question asked = questions.ask(s.proposal(), "Is the budget final?");
        scenario.fireAnswerDeadline(s.proposal(), asked.dueAt());
        scenario.challenges.signOut();
        login(s.applicant().getEmail());
        UI.getCurrent().navigate("questions/" + s.proposal());
        assertThat(pageText()).contains("Is the budget final?", t("evaluation.questions.status.EXPIRED"),
                t("evaluation.questions.expired", Times.format(asked.dueAt(), Locale.ENGLISH)));
        assertThat(_find(TextArea.class)).isEmpty();
    }
}
