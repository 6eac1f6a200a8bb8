package it.convergo.challenge.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Challenges;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The firm manager sets how long the proposals not selected are kept; applicants read the rule on the page. */
class RetentionFieldTest extends KaribuTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    Challenges challenges;

    private IntegerField retentionField() {
        _get(TabSheet.class).setSelectedIndex(1);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        return _get(IntegerField.class, s -> s.withId("retention-months"));
    }

    @Test
    void theManagerSetsTheMonthsWithinBoundsOrLeavesItEmpty() {
        UserAccount manager = fixtures.firmManager();
        fixtures.signIn(manager);
        long id = fixtures.draft(ChallengeFixtures.unique("Retention rule"));
        long version = editor.draft(id).getVersion();
        login(manager.getEmail());
        UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        IntegerField months = retentionField();
        assertThat(months.getLabel()).isEqualTo(t("challenge.editor.retention"));
        assertThat(months.getValue()).as("empty keeps the proposals").isNull();

        UserInput.set(months, 121);
        _click(_get(Button.class, s -> s.withId("challenge-save")));
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).isEqualTo(t("challenge.error.retention"));
        assertThat(editor.draft(id).getVersion()).as("nothing saved").isEqualTo(version);

        UserInput.set(months, 24);
        _click(_get(Button.class, s -> s.withId("challenge-save")));
        assertThat(editor.draft(id).getRetentionMonths()).isEqualTo(24);
        assertThat(challenges.view(id).retentionMonths()).isEqualTo(24);

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        IntegerField italian = retentionField();
        assertThat(italian.getLabel()).isEqualTo(translations.get("challenge.editor.retention", Locale.ITALIAN));
        assertThat(italian.getValue()).isEqualTo(24);
    }
}
