package it.convergo.challenge.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.tabs.TabSheet;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.QuestionDef;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The firm sets up a two-stage call in the editor; the public page then shows both deadlines and the stage. */
class TwoStageEditorTest extends KaribuTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    Challenges challenges;

    private void tab(int index) {
        _get(TabSheet.class).setSelectedIndex(index);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void theFirmMakesACallTwoStageWithAnOutlineDeadlineAndOutlineQuestions() {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        long id = fixtures.draft(ChallengeFixtures.unique("Two-stage editor"));
        ChallengeDraft stored = editor.draft(id);
        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        assertThat(editor.missingForPublish(id)).doesNotContain("challenge.missing.outlineDeadline");

        tab(2);
        assertThat(pageText()).contains(t("challenge.editor.twoStage.help"));
        UserInput.set(_get(Checkbox.class, s -> s.withId("challenge-two-stage")), true);
        DateTimePicker outline = _get(DateTimePicker.class, s -> s.withId("challenge-outline-closes"));
        UserInput.set(outline, stored.getClosesAt().plusDays(1));
        _click(_get(Button.class, s -> s.withId("challenge-save")));
        assertThat(outline.isInvalid()).as("after the full deadline: refused next to the field").isTrue();
        assertThat(pageText()).contains(t("challenge.error.outlineDates"));
        assertThat(editor.draft(id).isTwoStage()).isFalse();

        UserInput.set(outline, stored.getOpensAt().plusDays(7));
        tab(4);
        UserInput.set(_find(Checkbox.class, s -> s.withLabel(t("challenge.question.outline"))).get(0), true);
        _click(_get(Button.class, s -> s.withId("challenge-save")));
        ChallengeDraft saved = editor.draft(id);
        assertThat(saved.isTwoStage()).isTrue();
        assertThat(saved.getOutlineClosesAt()).isEqualTo(stored.getOpensAt().plusDays(7));
        assertThat(saved.getQuestions()).extracting(QuestionDef::outline).containsExactly(true, false);
    }

    @Test
    void inItalianThePublicPageShowsBothDeadlinesAndTheStage() {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        long id = fixtures.twoStageOpen(ChallengeFixtures.unique("Due fasi"));
        fixtures.signOut();
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("challenges/" + challenges.view(id).slug());
        String text = pageText();
        Locale it = Locale.ITALIAN;
        assertThat(text).contains(translations.get("challenge.detail.outlineCloses", it))
                .contains(translations.get("challenge.detail.fullCloses", it))
                .contains(Times.format(challenges.view(id).stages().outlineClosesAt(), it))
                .contains(translations.get("challenge.stage.OUTLINE", it));

        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        tab(2);
        assertThat(_get(Checkbox.class, s -> s.withId("challenge-two-stage")).isReadOnly()).as("fixed once published").isTrue();
        assertThat(_get(DateTimePicker.class, s -> s.withId("challenge-outline-closes")).getHelperText())
                .isEqualTo(translations.get("challenge.editor.twoStage.fixed", it));
    }
}
