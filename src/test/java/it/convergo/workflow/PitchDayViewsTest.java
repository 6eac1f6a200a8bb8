package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.Times;
import it.convergo.evaluation.pitch.PitchDayView;
import it.convergo.evaluation.pitch.PitchJury;
import it.convergo.evaluation.pitch.PitchService;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pitch day on screen: the firm plans and invites (in Italian, on a blind challenge: the notice and the
 * confirmation), a jury member scores after the start (in English), the applicants read their slot in both
 * languages, the firm reads the ranking with the pitch next to the written one; the firm closes the scoring of a
 * jury member who does not submit.
 */
class PitchDayViewsTest extends KaribuTest {


    @Autowired PitchFixture fixture;
    @Autowired PitchService pitches;
    @Autowired PitchJury jury;
    @Autowired ResultsService results;

    private String it(String key, Object... params) {
        return translations.get(key, Locale.ITALIAN, params);
    }

    @Test
    void firmInvitesJuryScoresApplicantsReadTheirSlot() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch screens", true);

        // the firm, in Italian
        login(c.manager().getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("evaluation/" + c.challengeId());
        selectTab("pitch.tab");
        assertThat(pageText()).contains(it("pitch.intro"), it("pitch.blindNotice"), it("pitch.form.new"));
        LocalDateTime start = LocalDateTime.now(Times.ROME).plusDays(4).truncatedTo(ChronoUnit.HOURS);
        UserInput.set(_get(DateTimePicker.class, s -> s.withLabel(it("pitch.form.startsAt"))), start);
        UserInput.set(_get(TextField.class, s -> s.withLabel(it("pitch.form.place"))), "Sala Verdi, Torino");
        UserInput.set(_get(IntegerField.class, s -> s.withLabel(it("pitch.form.invited"))), 2);
        UserInput.set(_get(IntegerField.class, s -> s.withLabel(it("pitch.form.weight"))), 40);
        assertThat(pageText()).contains(it("pitch.weightExplained", 40, 60));
        UserInput.set(_get(Checkbox.class, s -> s.withLabel(it("pitch.form.reveal"))), true);
        _click(_get(Button.class, s -> s.withId("pitch-save")));
        @SuppressWarnings("unchecked")
        Grid<PitchDayView.Slot> slots = _get(Grid.class, s -> s.withId("pitch-slots"));
        assertThat(GridKt._size(slots)).isEqualTo(2);
        assertThat(GridKt._get(slots, 0).proposalId()).isEqualTo(c.proposals().getFirst());
        _click(_get(Button.class, s -> s.withId("pitch-send")));
        ConfirmDialog send = _get(ConfirmDialog.class);
        assertThat(send.getElement().getProperty("message", "") + send.getElement().getTextRecursively())
                .contains(it("pitch.blindNotice"));
        ComponentUtil.fireEvent(send, new ConfirmDialog.ConfirmEvent(send, true));
        send.close(); // the browser closes it on confirm
        assertThat(pageText()).contains(it("pitch.status.INVITED"));
        @SuppressWarnings("unchecked")
        Grid<PitchDayView.Slot> sent = _get(Grid.class, s -> s.withId("pitch-slots"));
        assertThat(GridKt._get(sent, 1).sent()).isTrue();
        long dayId = pitches.of(c.challengeId()).orElseThrow().id();
        // the jury is about to score: publishing the results is refused with the reason, nothing is published
        selectTab("evaluation.tab.ranking");
        _click(_get(Button.class, s -> s.withText(it("evaluation.ranking.publish"))));
        ConfirmDialog publish = _get(ConfirmDialog.class);
        assertThatThrownBy(() -> ComponentUtil.fireEvent(publish, new ConfirmDialog.ConfirmEvent(publish, true)))
                .hasMessage("pitch.error.juryScoring");
        publish.close();
        assertThat(results.published(List.of(c.challengeId()))).isEmpty();
        logout();

        // a jury member, in English: in the inbox, then on the jury page, closed until the start
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login(c.jury().getFirst().getEmail());
        UI.getCurrent().navigate("evaluate");
        assertThat(pageText()).contains(t("pitch.jury.go"));
        UI.getCurrent().navigate("pitch-scores/" + dayId);
        assertThat(pageText()).contains(t("pitch.jury.title"), t("pitch.error.notStarted"));
        assertThat(_find(Button.class, s -> s.withId("pitch-submit"))).isEmpty();
        fixture.firePitchStart(dayId);
        UI.getCurrent().navigate("evaluate");
        UI.getCurrent().navigate("pitch-scores/" + dayId);
        for (long proposal : c.proposals().subList(0, 2)) {
            Div card = _get(Div.class, s -> s.withId("pitch-" + proposal));
            for (Select<?> select : _find(card, Select.class)) {
                score(select, 8); // 4 points
            }
            _click(_get(card, Button.class, s -> s.withId("pitch-save-" + proposal)));
        }
        assertThat(pageText()).contains(t("pitch.jury.scored"));
        _click(_get(Button.class, s -> s.withId("pitch-submit")));
        ConfirmDialog submit = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(submit, new ConfirmDialog.ConfirmEvent(submit, true));
        submit.close();
        assertThat(pageText()).contains(t("pitch.error.submitted"));
        logout();

        // the other jury member through the service
        fixture.signIn(c.jury().get(1));
        for (long proposal : c.proposals().subList(0, 2)) {
            // the three criteria the form proposes
            jury.save(dayId, proposal, List.of(new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("3")));
        }
        jury.submit(dayId);

        // the applicants: the first in English, the second in Italian; the fourth was not invited
        login(c.applicants().getFirst().getEmail());
        UI.getCurrent().navigate("my-proposals");
        Div waiting = _get(Div.class, s -> s.withId("home-waiting"));
        assertThat(waiting.getElement().getTextRecursively()).as("the slot ahead, on the applicant's home")
                .contains(t("evaluation.home.waiting"));
        assertThat(_get(waiting, com.vaadin.flow.component.html.Anchor.class).getHref()).isEqualTo("pitch/" + c.proposals().getFirst());
        UI.getCurrent().navigate("pitch/" + c.proposals().getFirst());
        assertThat(pageText()).contains(t("pitch.applicant.title"), "Sala Verdi, Torino", t("pitch.ics"));
        logout();
        login(c.applicants().get(1).getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("pitch/" + c.proposals().get(1));
        assertThat(pageText()).contains(it("pitch.applicant.title"), it("pitch.ics"));
        UI.getCurrent().navigate("pitch/" + c.proposals().getFirst());
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).as("another's slot").isEqualTo("NotFoundView");
        logout();
        login(c.applicants().get(3).getEmail());
        UI.getCurrent().navigate("my-proposals");
        assertThat(_find(Div.class, s -> s.withId("home-waiting"))).as("not invited: nothing waits").isEmpty();
        UI.getCurrent().navigate("pitch/" + c.proposals().get(3));
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).as("not invited").isEqualTo("NotFoundView");
        logout();

        // the firm, in English: the ranking with the pitch under the written one
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login(c.manager().getEmail());
        UI.getCurrent().navigate("evaluation/" + c.challengeId());
        selectTab("evaluation.tab.ranking");
        assertThat(pageText()).contains(t("pitch.ranking.title"), t("pitch.ranking.explained", 40, 60),
                t("pitch.ranking.basis.RAW"));
        @SuppressWarnings("unchecked")
        Grid<it.convergo.evaluation.pitch.PitchRanking.Row> combined = _get(Grid.class, s -> s.withId("pitch-ranking"));
        assertThat(GridKt._size(combined)).isEqualTo(4);
        assertThat(_find(Grid.class, s -> s.withId("evaluation-ranking"))).as("the written ranking stays").hasSize(1);
        selectTab("pitch.tab");
        assertThat(pageText()).contains(t("pitch.status.SCORED"), t("pitch.summary.jury", 2, 2,
                Times.format(pitches.of(c.challengeId()).orElseThrow().scoresDueAt(), Locale.ENGLISH)));
    }

    @Test
    void firmClosesTheScoringAfterTheStartNamingWhoHasNotSubmitted() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch close screen", false);
        fixture.signIn(c.manager());
        long dayId = pitches.plan(c.challengeId(), PitchFixture.plan(2), -1).id();
        pitches.sendInvitations(c.challengeId());

        login(c.manager().getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("evaluation/" + c.challengeId());
        selectTab("pitch.tab");
        assertThat(_find(Button.class, s -> s.withId("pitch-close-scoring"))).as("not before the start").isEmpty();

        fixture.firePitchStart(dayId);
        fixture.signIn(c.jury().getFirst());
        for (long proposal : c.proposals().subList(0, 2)) {
            jury.save(dayId, proposal, List.of(new BigDecimal("4"), new BigDecimal("4")));
        }
        jury.submit(dayId);
        logout();

        login(c.manager().getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("evaluation/" + c.challengeId());
        selectTab("pitch.tab");
        _click(_get(Button.class, s -> s.withId("pitch-close-scoring")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message", "") + confirm.getElement().getTextRecursively())
                .as("only the one who has not submitted, and that their scores will not count")
                .contains(t("pitch.closeConfirm", c.jury().get(1).getFullName()));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        confirm.close();
        assertThat(pageText()).contains(t("pitch.status.SCORED"));
        assertThat(_find(Button.class, s -> s.withId("pitch-close-scoring"))).isEmpty();

        // the ranking says whose scores count; publishing is no longer held back by the jury
        selectTab("evaluation.tab.ranking");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("pitch-ranking-jury")).getText())
                .isEqualTo(t("pitch.ranking.partial", 1, 2));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("pitch-ranking")))).isEqualTo(4);
        for (long p : c.proposals()) {
            results.decide(p, it.convergo.evaluation.results.Outcome.FINALIST, null);
        }
        results.publish(c.challengeId());
        assertThat(results.published(List.of(c.challengeId()))).containsExactly(c.challengeId());
    }

    /** Picks the n-th value of a score list (0, 0.5, … 5). */
    @SuppressWarnings("unchecked")
    private static void score(Select<?> select, int index) {
        Select<BigDecimal> s = (Select<BigDecimal>) select;
        UserInput.set(s, s.getListDataView().getItems().toList().get(index));
    }
}
