package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.audit.AuditEvent;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.PitchAppointments;
import it.convergo.evaluation.pitch.ApplicantPitch;
import it.convergo.evaluation.pitch.CombinedRanking;
import it.convergo.evaluation.pitch.JurySheet;
import it.convergo.evaluation.pitch.PitchDayView;
import it.convergo.evaluation.pitch.PitchJury;
import it.convergo.evaluation.pitch.PitchPlan;
import it.convergo.evaluation.pitch.PitchRanking;
import it.convergo.evaluation.pitch.PitchResults;
import it.convergo.evaluation.pitch.PitchService;
import it.convergo.evaluation.progress.BoardService;
import it.convergo.evaluation.results.Outcome;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingView;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.notification.MailAttachment;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.support.SpringTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pitch day from the firm's plan to the combined ranking, the start and due timers fired by hand; the scoring
 * closed by its due time or by the firm with jury members missing; who may do what, and what is refused.
 */
class PitchDayTest extends SpringTest {

    @Autowired PitchFixture fixture;
    @Autowired PitchService pitches;
    @Autowired PitchJury jury;
    @Autowired PitchResults pitchResults;
    @Autowired ApplicantPitch applicantPitch;
    @Autowired PitchAppointments appointments;
    @Autowired PitchDayFlow flow;
    @Autowired ResultsService results;
    @Autowired BoardService board;
    @Autowired MailService mail;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;

    private static List<BigDecimal> scores(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    @Test
    void firmInvitesTheTopTheJuryScoresAfterTheStartAndThePitchJoinsTheRanking() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch journey", false);
        fixture.signIn(c.manager());
        assertThat(pitches.cannotPlanBecause(c.challengeId())).isEmpty();
        PitchPlan plan = PitchFixture.plan(3);
        PitchDayView day = pitches.plan(c.challengeId(), plan, -1);

        // the top three of the written ranking, in consecutive 20-minute slots from the start
        assertThat(day.slots()).extracting(PitchDayView.Slot::proposalId).containsExactly(
                c.proposals().get(0), c.proposals().get(1), c.proposals().get(2));
        assertThat(day.slots()).extracting(PitchDayView.Slot::startsAt).containsExactly(plan.startsAt(),
                plan.startsAt().plus(Duration.ofMinutes(20)), plan.startsAt().plus(Duration.ofMinutes(40)));
        assertThat(applicantPitch(c.applicants().getFirst(), c.proposals().getFirst())).as("nothing before the invitations").isFalse();

        fixture.signIn(c.manager());
        assertThat(pitches.sendInvitations(c.challengeId())).isEqualTo(3);
        assertThat(pitches.sendInvitations(c.challengeId())).as("a second click sends nothing").isZero();
        assertThat(flow.waitingForStart(day.id())).isTrue();

        // the applicant's e-mail carries its own slot; each jury member's all three
        String uid = "UID:pitch-" + day.id() + "-proposal-" + c.proposals().getFirst() + "@";
        String applicantIcs = ics(c.applicants().getFirst(), "Invitation to pitch");
        assertThat(applicantIcs).contains(uid, "SEQUENCE:0", "TZID=Europe/Rome", "LOCATION:Sala Verdi\\, Torino");
        assertThat(applicantIcs.split("BEGIN:VEVENT", -1)).hasSize(2);
        assertThat(ics(c.jury().getFirst(), "Pitch day").split("BEGIN:VEVENT", -1)).hasSize(4);
        assertThat(applicantPitch(c.applicants().getFirst(), c.proposals().getFirst())).isTrue();
        assertThat(applicantPitch(c.applicants().get(3), c.proposals().get(3))).as("not invited: no slot").isFalse();
        assertThat(appointments.ofOrganisation(c.applicants().get(1).getOrganisation().getId())).hasSize(1);
        assertThat(appointments.ofJuror(c.jury().get(1).getId())).filteredOn(a -> a.pitchDayId() == day.id()).hasSize(3);

        // before the start the jury cannot score
        fixture.signIn(c.jury().getFirst());
        assertThat(jury.sheet(day.id()).closedBecause()).isEqualTo("pitch.error.notStarted");
        assertThatThrownBy(() -> jury.save(day.id(), c.proposals().getFirst(), scores("4", "4")))
                .hasMessage("pitch.error.notStarted");

        fixture.firePitchStart(day.id());
        assertThat(flow.isScoring(day.id(), c.jury().getFirst().getId())).isTrue();

        // jury member 1: 5/4 (2:1) on the first, 3/3 on the second, 2/2 on the third
        fixture.signIn(c.jury().getFirst());
        jury.save(day.id(), c.proposals().get(0), scores("5", "4"));
        jury.save(day.id(), c.proposals().get(1), scores("3", "3"));
        assertThatThrownBy(() -> jury.submit(day.id())).hasMessage("pitch.error.missingScores");
        jury.save(day.id(), c.proposals().get(2), scores("2", "2"));
        jury.submit(day.id());
        jury.submit(day.id()); // double click: nothing more
        assertThat(jury.sheet(day.id()).closedBecause()).isEqualTo("pitch.error.submitted");
        fixture.signIn(c.manager());
        assertThat(pitchResults.combined(c.challengeId())).get().extracting(CombinedRanking::scored).isEqualTo(false);

        // jury member 2: 4/4 on the first, 4.5/3.5 on the second, 1/0.5 on the third
        fixture.signIn(c.jury().get(1));
        jury.save(day.id(), c.proposals().get(0), scores("4", "4"));
        jury.save(day.id(), c.proposals().get(1), scores("4.5", "3.5"));
        jury.save(day.id(), c.proposals().get(2), scores("1", "0.5"));
        jury.submit(day.id());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId("pitch-day:" + day.id()).finished().count())
                .as("the pitch day's process ended").isEqualTo(1);
        fixture.signIn(c.manager());
        assertThat(pitches.of(c.challengeId()).orElseThrow().status()).isEqualTo(PitchDayView.Status.SCORED);
        CombinedRanking combined = pitchResults.combined(c.challengeId()).orElseThrow();
        assertThat(combined.scored()).isTrue();
        assertThat(combined.basis()).isEqualTo(RankingBasis.RAW);
        // written shares: 5, 4.5, 4, 3.5 out of 5 on every criterion = 100, 90, 80, 70 %
        // pitch shares: first (2×4.5 + 1×4) / 15 = 86.67 %; second (2×3.75 + 3.25) / 15 = 71.67 %; third (2×1.5 + 1.25) / 15 = 28.33 %
        // combined: 0.3 × pitch + 0.7 × written = 95.99 (95.999 → 96.00), 84.50, 64.50; the fourth keeps 70 %
        assertThat(combined.rows()).extracting(PitchRanking.Row::proposalId).containsExactly(
                c.proposals().get(0), c.proposals().get(1), c.proposals().get(3), c.proposals().get(2));
        assertThat(combined.rows().get(0).pitchShare()).isEqualByComparingTo("86.67");
        assertThat(combined.rows().get(0).combined()).isEqualByComparingTo("96.00");
        assertThat(combined.rows().get(1).combined()).isEqualByComparingTo("84.50");
        assertThat(combined.rows().get(2).invited()).isFalse();
        assertThat(combined.rows().get(2).combined()).isEqualByComparingTo("70.00");
        assertThat(combined.rows().get(3).combined()).isEqualByComparingTo("64.50");
        assertThat(combined.rows()).extracting(PitchRanking.Row::rank).containsExactly(1, 2, 3, 4);
        // the written ranking is unchanged next to it
        assertThat(results.ranking(c.challengeId()).rows()).extracting(r -> r.entry().proposalId()).containsExactlyElementsOf(c.proposals());

        assertThat(board.audit(c.challengeId())).extracting(AuditEvent::getAction)
                .contains("pitch.created", "pitch.invitationsSent", "pitch.scored", "pitch.inRanking");
    }

    @Test
    void withTheNormalisedRankingDecidingTheWrittenPartIsNormalisedAndTheResultsWaitForTheJury() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch normalised", false, RankingBasis.NORMALISED);
        fixture.signIn(c.manager());
        PitchDayView day = pitches.plan(c.challengeId(), PitchFixture.plan(2), -1);
        pitches.sendInvitations(c.challengeId());
        assertThatThrownBy(() -> results.publish(c.challengeId())).as("the jury is scoring")
                .isInstanceOf(UserFacingException.class).hasMessage("pitch.error.juryScoring");
        assertThat(results.published(List.of(c.challengeId()))).isEmpty();

        // both jury members: 2.5 / 2.5 on the first (50 %), 4 / 4 on the second (80 %)
        fixture.firePitchStart(day.id());
        for (UserAccount member : c.jury()) {
            fixture.signIn(member);
            jury.save(day.id(), c.proposals().get(0), scores("2.5", "2.5"));
            jury.save(day.id(), c.proposals().get(1), scores("4", "4"));
            jury.submit(day.id());
        }

        fixture.signIn(c.manager());
        CombinedRanking combined = pitchResults.combined(c.challengeId()).orElseThrow();
        assertThat(combined.basis()).isEqualTo(RankingBasis.NORMALISED);
        Map<Long, BigDecimal> meanZ = results.ranking(c.challengeId()).normalised().stream()
                .collect(Collectors.toMap(n -> n.entry().proposalId(), RankingView.Normalised::meanZ));
        // the written part is 50 + z × 50 / 3 of the normalised ranking, not total / maximum of the raw one
        for (PitchRanking.Row row : combined.rows()) {
            BigDecimal expected = new BigDecimal("50").add(meanZ.get(row.proposalId()).multiply(new BigDecimal("50"))
                    .divide(new BigDecimal("3"), 2, RoundingMode.HALF_UP));
            assertThat(row.writtenShare()).as("written share of %s", row.proposalId()).isEqualByComparingTo(expected);
        }
        // raw (100 % and 90 % written) the second would lead: 0.3 × 80 + 0.7 × 90 = 87 against 0.3 × 50 + 0.7 × 100 = 85;
        // normalised (z about 1.34 and 0.45: about 72 % and 57.5 %) the first keeps its lead: about 65.6 against 64.3
        assertThat(combined.rows()).extracting(PitchRanking.Row::proposalId).containsExactlyElementsOf(c.proposals());
        assertThat(combined.rows().get(0).combined()).isGreaterThan(combined.rows().get(1).combined());

        // the jury is done: decisions and publication go ahead
        for (long p : c.proposals()) {
            results.decide(p, Outcome.FINALIST, null);
        }
        results.publish(c.challengeId());
        assertThat(results.published(List.of(c.challengeId()))).containsExactly(c.challengeId());
    }

    @Test
    void movedSlotsNeverOverlapAndAreSentAgainUnderTheSameEntry() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch moves", false);
        fixture.signIn(c.manager());
        PitchDayView day = pitches.plan(c.challengeId(), PitchFixture.plan(2), -1);
        var first = day.slots().get(0);
        var second = day.slots().get(1);
        assertThatThrownBy(() -> pitches.moveSlot(c.challengeId(), second.proposalId(), first.startsAt().plus(Duration.ofMinutes(10)), 20))
                .hasMessage("pitch.error.overlap");
        assertThatThrownBy(() -> pitches.moveSlot(c.challengeId(), second.proposalId(), first.startsAt().minus(Duration.ofMinutes(10)), 20))
                .hasMessage("pitch.error.beforeStart");
        assertThatThrownBy(() -> pitches.moveSlot(c.challengeId(), second.proposalId(), second.startsAt(), 2))
                .hasMessage("pitch.error.minutes");
        // back to back is fine
        pitches.moveSlot(c.challengeId(), first.proposalId(), first.startsAt(), 20);
        pitches.sendInvitations(c.challengeId());
        // the jury's scores are now due at a fixed time: the last slot may not end later than it did
        assertThatThrownBy(() -> pitches.moveSlot(c.challengeId(), second.proposalId(), second.startsAt().plus(Duration.ofHours(1)), 30))
                .hasMessage("pitch.error.afterLastSlot");
        PitchDayView moved = pitches.moveSlot(c.challengeId(), second.proposalId(), second.startsAt().plus(Duration.ofMinutes(5)), 15);
        assertThat(moved.updatesToSend()).isTrue();
        assertThat(moved.slots().get(1).sequence()).isEqualTo(1);
        assertThat(pitches.sendInvitations(c.challengeId())).as("only the moved slot").isEqualTo(1);
        assertThat(pitches.sendInvitations(c.challengeId())).isZero();
        String update = ics(c.applicants().get(1), "Your pitch slot has moved");
        assertThat(update).contains("UID:pitch-" + day.id() + "-proposal-" + second.proposalId() + "@", "SEQUENCE:1");
        assertThat(ics(c.jury().getFirst(), "Pitch day slots moved")).contains("SEQUENCE:1");
        assertThat(board.audit(c.challengeId())).extracting(AuditEvent::getAction).contains("pitch.slotMoved", "pitch.invitationsUpdated");
        // the date is fixed once invited
        assertThatThrownBy(() -> pitches.plan(c.challengeId(), PitchFixture.plan(2), moved.version()))
                .hasMessage("pitch.error.alreadyInvited");
    }

    @Test
    void onlyTheFirmPlansOnlyTheJuryScoresAndNoDecisionWhileItScores() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch rules", true);
        UserAccount other = fixture.otherManager();
        fixture.signIn(other);
        assertThatThrownBy(() -> pitches.plan(c.challengeId(), PitchFixture.plan(2), -1)).hasMessage("error.notFound");
        assertThatThrownBy(() -> pitches.of(c.challengeId())).hasMessage("error.notFound");
        fixture.signIn(c.applicants().getFirst());
        assertThatThrownBy(() -> pitches.sendInvitations(c.challengeId())).hasMessage("error.notFound");

        fixture.signIn(c.manager());
        assertThatThrownBy(() -> pitches.plan(c.challengeId(), PitchFixture.plan(2), -1))
                .as("a blind challenge asks to confirm that identities are revealed").hasMessage("pitch.error.confirmReveal");
        assertThatThrownBy(() -> pitches.plan(c.challengeId(), PitchFixture.plan(9), -1))
                .isInstanceOf(UserFacingException.class).hasMessage("pitch.error.invitedCount");
        PitchPlan base = PitchFixture.plan(2);
        PitchPlan reveal = new PitchPlan(base.startsAt(), base.place(), base.videoLink(), base.pitchWeight(), 2,
                base.slotMinutes(), base.criteria(), true);
        PitchDayView day = pitches.plan(c.challengeId(), reveal, -1);
        assertThatThrownBy(() -> pitches.plan(c.challengeId(), reveal, day.version() + 1)).hasMessage("pitch.error.changed");
        pitches.sendInvitations(c.challengeId());

        fixture.signIn(fixture.outsider());
        assertThatThrownBy(() -> jury.sheet(day.id())).as("not on this jury").hasMessage("error.notFound");
        fixture.signIn(c.applicants().get(1));
        assertThat(applicantPitch.mySlot(c.proposals().getFirst())).as("another organisation's slot").isEmpty();

        fixture.firePitchStart(day.id());
        fixture.signIn(c.jury().getFirst());
        assertThatThrownBy(() -> jury.save(day.id(), c.proposals().getFirst(), scores("5.5", "4"))).hasMessage("pitch.error.scoreRange");
        assertThatThrownBy(() -> jury.save(day.id(), c.proposals().getFirst(), scores("4.2", "4"))).hasMessage("pitch.error.scoreStep");
        assertThatThrownBy(() -> jury.save(day.id(), c.proposals().getFirst(), scores("4"))).hasMessage("pitch.error.scoreMissing");
        assertThatThrownBy(() -> jury.save(day.id(), c.proposals().get(3), scores("4", "4"))).as("not invited").hasMessage("error.notFound");
        jury.save(day.id(), c.proposals().getFirst(), scores("4", "4"));
        JurySheet sheet = jury.sheet(day.id());
        assertThat(sheet.pitches().getFirst().scores()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("4"), new BigDecimal("4"));

        // while the jury scores, the firm can neither decide nor publish, and nothing changes
        fixture.signIn(c.manager());
        assertThatThrownBy(() -> results.decide(c.proposals().get(3), Outcome.REJECTED, null))
                .isInstanceOf(UserFacingException.class).hasMessage("pitch.error.juryScoring");
        assertThatThrownBy(() -> results.publish(c.challengeId())).hasMessage("pitch.error.juryScoring");
        assertThat(results.decidedCounts(List.of(c.challengeId()))).isEmpty();
        assertThat(results.published(List.of(c.challengeId()))).isEmpty();
        assertThat(results.ranking(c.challengeId()).rows()).allMatch(r -> r.outcome() == null);
        fixture.signIn(c.jury().getFirst());
        assertThat(jury.sheet(day.id()).closedBecause()).as("the jury goes on scoring").isNull();
        jury.save(day.id(), c.proposals().get(1), scores("4", "4"));
    }

    @Test
    void atTheDueTimeTheScoringClosesWithTheSubmittedScoresOnly() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch due", false);
        fixture.signIn(c.manager());
        PitchDayView day = pitches.plan(c.challengeId(), PitchFixture.plan(2), -1);
        pitches.sendInvitations(c.challengeId());
        fixture.firePitchStart(day.id());

        // the first jury member submits 5/4 on the first and 3/3 on the second; the second only saves 1/1 and 1/1
        fixture.signIn(c.jury().getFirst());
        jury.save(day.id(), c.proposals().get(0), scores("5", "4"));
        jury.save(day.id(), c.proposals().get(1), scores("3", "3"));
        jury.submit(day.id());
        UserAccount late = c.jury().get(1);
        fixture.signIn(late);
        jury.save(day.id(), c.proposals().get(0), scores("1", "1"));
        jury.save(day.id(), c.proposals().get(1), scores("1", "1"));
        fixture.signIn(c.manager());
        assertThatThrownBy(() -> results.publish(c.challengeId())).hasMessage("pitch.error.juryScoring");

        fixture.fireScoresDue(day.id());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId("pitch-day:" + day.id()).finished().count())
                .as("the pitch day's process ended").isEqualTo(1);
        assertThat(flow.isScoring(day.id(), late.getId())).isFalse();
        fixture.signIn(late);
        assertThat(jury.sheet(day.id()).closedBecause()).isEqualTo("pitch.error.scoringClosed");
        assertThatThrownBy(() -> jury.save(day.id(), c.proposals().get(0), scores("2", "2"))).hasMessage("pitch.error.scoringClosed");
        assertThatThrownBy(() -> jury.submit(day.id())).hasMessage("pitch.error.scoringClosed");

        fixture.signIn(c.manager());
        PitchDayView scored = pitches.of(c.challengeId()).orElseThrow();
        assertThat(scored.status()).isEqualTo(PitchDayView.Status.SCORED);
        assertThat(scored.scoringOpen()).isFalse();
        CombinedRanking combined = pitchResults.combined(c.challengeId()).orElseThrow();
        assertThat(combined.jurySubmitted()).isEqualTo(1);
        assertThat(combined.jurySize()).isEqualTo(2);
        assertThat(combined.withoutPitch()).isFalse();
        // only the submitted sheet counts: (2×5 + 4) / 15 = 93.33 % and (2×3 + 3) / 15 = 60 %, not the saved 1s
        Map<Long, BigDecimal> pitch = combined.rows().stream().filter(PitchRanking.Row::invited)
                .collect(Collectors.toMap(PitchRanking.Row::proposalId, PitchRanking.Row::pitchShare));
        assertThat(pitch).hasSize(2);
        assertThat(pitch.get(c.proposals().get(0))).isEqualByComparingTo("93.33");
        assertThat(pitch.get(c.proposals().get(1))).isEqualByComparingTo("60.00");
        assertThat(board.audit(c.challengeId())).filteredOn(e -> e.getAction().equals("pitch.inRanking"))
                .extracting(AuditEvent::getDetails).containsExactly("1 of 2 jury members submitted");

        // decisions and publication go ahead
        for (long p : c.proposals()) {
            results.decide(p, Outcome.FINALIST, null);
        }
        results.publish(c.challengeId());
        assertThat(results.published(List.of(c.challengeId()))).containsExactly(c.challengeId());
    }

    @Test
    void onlyTheFirmClosesTheScoringOnceThePitchStartedAndNobodysScoresLeaveTheWrittenRanking() {
        PitchFixture.Evaluated c = fixture.evaluated("Pitch closed early", false);
        fixture.signIn(c.manager());
        PitchDayView day = pitches.plan(c.challengeId(), PitchFixture.plan(2), -1);
        assertThatThrownBy(() -> pitches.closeScoring(c.challengeId())).as("no invitations yet").hasMessage("error.notFound");
        pitches.sendInvitations(c.challengeId());
        assertThat(pitches.of(c.challengeId()).orElseThrow().scoringOpen()).isFalse();
        assertThatThrownBy(() -> pitches.closeScoring(c.challengeId())).as("before the start")
                .isInstanceOf(UserFacingException.class).hasMessage("pitch.error.pitchNotStarted");
        assertThat(flow.waitingForStart(day.id())).isTrue();

        fixture.firePitchStart(day.id());
        fixture.signIn(c.jury().getFirst());
        jury.save(day.id(), c.proposals().get(0), scores("5", "5"));
        assertThatThrownBy(() -> pitches.closeScoring(c.challengeId())).as("a jury member").hasMessage("error.notFound");
        fixture.signIn(fixture.otherManager());
        assertThatThrownBy(() -> pitches.closeScoring(c.challengeId())).as("another firm").hasMessage("error.notFound");
        fixture.signIn(c.applicants().getFirst());
        assertThatThrownBy(() -> pitches.closeScoring(c.challengeId())).as("an applicant").hasMessage("error.notFound");
        assertThat(flow.isScoring(day.id(), c.jury().getFirst().getId())).as("nothing changed").isTrue();

        fixture.signIn(c.manager());
        PitchDayView open = pitches.of(c.challengeId()).orElseThrow();
        assertThat(open.scoringOpen()).isTrue();
        assertThat(open.juryWaiting()).containsExactlyInAnyOrder(c.jury().get(0).getFullName(), c.jury().get(1).getFullName());
        PitchDayView closed = pitches.closeScoring(c.challengeId());
        assertThat(closed.status()).isEqualTo(PitchDayView.Status.SCORED);
        assertThat(closed.scoringOpen()).isFalse();
        assertThatThrownBy(() -> pitches.closeScoring(c.challengeId())).as("a second click")
                .hasMessage("pitch.error.scoringClosed");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId("pitch-day:" + day.id()).finished().count())
                .isEqualTo(1);
        assertThat(board.audit(c.challengeId())).filteredOn(e -> e.getAction().equals("pitch.scoringClosed"))
                .extracting(AuditEvent::getDetails).containsExactly("0 of 2 jury members submitted");

        // nobody submitted: the saved 5s do not count, the ranking is the written one
        CombinedRanking combined = pitchResults.combined(c.challengeId()).orElseThrow();
        assertThat(combined.withoutPitch()).isTrue();
        assertThat(combined.rows()).noneMatch(PitchRanking.Row::invited);
        assertThat(combined.rows()).extracting(PitchRanking.Row::proposalId).containsExactlyElementsOf(c.proposals());
        assertThat(combined.rows()).allMatch(r -> r.combined().compareTo(r.writtenShare()) == 0);
        fixture.signIn(c.jury().getFirst());
        assertThat(jury.sheet(day.id()).closedBecause()).isEqualTo("pitch.error.scoringClosed");

        fixture.signIn(c.manager());
        results.decide(c.proposals().get(3), Outcome.REJECTED, null);
        assertThat(results.decidedCounts(List.of(c.challengeId()))).containsEntry(c.challengeId(), 1L);
    }

    @Test
    void theDiagramDrawsEveryElementOfThePitchDay() {
        var model = repository.getBpmnModel(repository.createProcessDefinitionQuery()
                .processDefinitionKey(PitchDayFlow.PROCESS).latestVersion().singleResult().getId());
        model.getMainProcess().getFlowElements().forEach(e -> {
            if (e instanceof org.flowable.bpmn.model.SequenceFlow) {
                assertThat(model.getFlowLocationMap()).as("edge of %s", e.getId()).containsKey(e.getId());
            } else {
                assertThat(model.getLocationMap()).as("shape of %s", e.getId()).containsKey(e.getId());
            }
        });
        assertThat(model.getMainProcess().getFlowElement("scoresDue")).isNotNull();
        assertThat(model.getMainProcess().getFlowElement("scoringClosed")).isNotNull();
    }

    private boolean applicantPitch(UserAccount applicant, long proposalId) {
        fixture.signIn(applicant);
        boolean has = applicantPitch.mySlot(proposalId).isPresent();
        return has;
    }

    /** The .ics attached to the latest e-mail to this person whose subject starts so. */
    private String ics(UserAccount to, String subject) {
        OutboxMessage m = mail.sentTo(to.getEmail()).stream().filter(o -> o.getSubject().startsWith(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail '" + subject + "' to " + to.getEmail()));
        MailAttachment file = m.getAttachment().orElseThrow();
        assertThat(file.fileName()).isEqualTo("pitch.ics");
        assertThat(file.contentType()).startsWith("text/calendar");
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
