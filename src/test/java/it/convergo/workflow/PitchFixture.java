package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.evaluation.pitch.PitchPlan;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingBasisService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * A challenge ready for a pitch day: proposals evaluated by a jury of two (same scores, no divergence), the
 * consensus closed, the raw ranking chosen (or the one asked for); the lifecycle waits for the firm's decision. Also the pitch day's
 * timers (its start, its scores' due time), fired by hand.
 */
@Component
public class PitchFixture {

    /** The written scores of the proposals, best first: all above the default thresholds. */
    static final List<String> SCORES = List.of("5", "4.5", "4", "3.5");

    private final PathDriver driver;
    private final RankingBasisService bases;
    private final ManagementService management;

    PitchFixture(PathDriver driver, RankingBasisService bases, ManagementService management) {
        this.driver = driver;
        this.bases = bases;
        this.management = management;
    }

    /** The evaluated challenge: its proposals (best first), their applicants and the two jury members. */
    public record Evaluated(long challengeId, List<Long> proposals, List<UserAccount> applicants,
                            List<UserAccount> jury, UserAccount manager) {
    }

    public Evaluated evaluated(String title, boolean blind) {
        return evaluated(title, blind, RankingBasis.RAW);
    }

    /** The same, with {@code basis} as the ranking that decides. */
    public Evaluated evaluated(String title, boolean blind, RankingBasis basis) {
        List<UserAccount> jury = driver.evaluators(2);
        UserAccount manager = driver.manager();
        driver.challenges.signIn(manager);
        ChallengeDraft draft = driver.challenges.completeDraft(ChallengeFixtures.unique(title));
        LocalDateTime now = LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(2);
        draft.setDivergenceThreshold(new BigDecimal("1.5"));
        draft.setBlindEvaluation(blind);
        long challenge = driver.challenges.publishAndOpen(draft);
        List<UserAccount> applicants = new ArrayList<>();
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < SCORES.size(); i++) {
            UserAccount applicant = driver.applicant();
            applicants.add(applicant);
            proposals.add(driver.submit(applicant, challenge));
        }
        driver.close(challenge);
        int criteria = driver.criteria(challenge);
        for (int i = 0; i < proposals.size(); i++) {
            long p = proposals.get(i);
            driver.eligible(challenge, p);
            driver.assign(p, jury);
            for (UserAccount e : jury) {
                driver.declare(e, challenge, p, false);
                driver.challenges.signIn(e);
                driver.scoring.submit(p, PathDriver.sheet(criteria, SCORES.get(i), "Reasoned comment"), -1);
            }
            driver.challenges.signIn(jury.getFirst());
            var view = driver.consensus.view(p);
            driver.consensus.complete(p, PathDriver.sheet(criteria, SCORES.get(i), "Panel view"), null, view.version());
        }
        driver.challenges.signIn(manager);
        assertThat(driver.lifecycle.currentStep(challenge)).contains(LifecycleStep.DECISION);
        bases.choose(challenge, basis);
        return new Evaluated(challenge, proposals, applicants, jury, manager);
    }

    /** A plan for three days from now: 3 invited, 20-minute slots, the pitch weighing 30 %, two criteria (2 and 1). */
    public static PitchPlan plan(int invited) {
        return new PitchPlan(inDays(3), "Sala Verdi, Torino", "https://meet.example/pitch", 30, invited, 20,
                List.of(new PitchPlan.Criterion("Clarity", new BigDecimal("2")), new PitchPlan.Criterion("Team", BigDecimal.ONE)),
                false);
    }

    public static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    public void signIn(UserAccount user) {
        driver.challenges.signIn(user);
    }

    /** The pitch's start timer fires, as the job executor would at the start. */
    public void firePitchStart(long pitchDayId) {
        Job timer = management.createTimerJobQuery().processInstanceId(PitchDayFlow.PROCESS + ":" + pitchDayId).singleResult();
        assertThat(timer).as("the pitch day waits for its start").isNotNull();
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }

    /** The scores' due timer fires, as the job executor would at the due time. */
    public void fireScoresDue(long pitchDayId) {
        Job timer = management.createTimerJobQuery().processInstanceId(PitchDayFlow.PROCESS + ":" + pitchDayId).singleResult();
        assertThat(timer).as("the jury is scoring, due at a time").isNotNull();
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }

    public UserAccount outsider() {
        return driver.evaluators(3).get(2);
    }

    public UserAccount otherManager() {
        return driver.challenges.firmManager();
    }

    public UserAccount otherApplicant() {
        return driver.applicant();
    }
}
