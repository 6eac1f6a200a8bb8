package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.evaluation.progress.InboxItem;
import it.convergo.support.SpringTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Regression: a late evaluator replaced after declaring no conflict left the proposal stuck for ever (the
 * replacement saw "declare", declaring failed with workflow.error.stepGone, scoring with
 * evaluation.error.declareFirst). A replacement now declares first, then scores, and never sees the replaced
 * person's draft; the challenge reaches its published results.
 */
class ReplacedEvaluatorTest extends SpringTest {

    @Autowired PathDriver driver;

    @AfterEach
    void signOut() {
        driver.challenges.signOut();
    }

    @Test
    void aLateEvaluatorReplacedAfterDeclaringHandsOverADeclarationThenTheScoring() {
        List<UserAccount> pool = driver.evaluators(3);
        UserAccount first = pool.get(0);
        UserAccount late = pool.get(1);
        UserAccount third = pool.get(2);
        long challenge = driver.openChallenge("Replaced late", 2);
        long proposal = driver.submit(driver.applicant(), challenge);
        driver.close(challenge);
        driver.eligible(challenge, proposal);
        driver.assign(proposal, List.of(first, late));
        int criteria = driver.criteria(challenge);

        driver.declare(first, challenge, proposal, false);
        driver.declare(late, challenge, proposal, false);
        driver.challenges.signIn(late);
        driver.scoring.saveDraft(proposal, PathDriver.sheet(criteria, "1", "Half-finished thoughts of the late one"), -1);
        driver.fireDueTimer(proposal, late);
        driver.replace(proposal, late, third);

        driver.challenges.signIn(third);
        assertThat(driver.inbox.items()).filteredOn(i -> i.proposalId() == proposal).singleElement()
                .satisfies(i -> assertThat(i.step()).isEqualTo(InboxItem.Step.DECLARE));
        assertThatThrownBy(() -> driver.scoring.form(proposal)).hasMessage("evaluation.error.declareFirst");
        driver.declare(third, challenge, proposal, false);
        assertThat(driver.workflow.isWaitingFor(proposal, EvaluationTask.SCORING, third.getId())).isTrue();
        var form = driver.scoring.form(proposal);
        assertThat(form.sheet()).as("the replaced person's draft is not shown").isNull();
        assertThat(form.peers()).isEmpty();
        driver.scoring.submit(proposal, PathDriver.sheet(criteria, "4", "Solid plan"), -1);

        driver.challenges.signIn(late);
        assertThat(driver.inbox.items()).filteredOn(i -> i.proposalId() == proposal)
                .as("the replaced person has nothing left to do").noneMatch(i -> i.step().open());
        assertThatThrownBy(() -> driver.scoring.form(proposal)).hasMessage("error.notFound");

        driver.challenges.signIn(first);
        driver.scoring.submit(proposal, PathDriver.sheet(criteria, "4", "Agree"), -1);
        var consensus = driver.consensus.view(proposal);
        assertThat(consensus.individuals()).extracting(i -> i.evaluatorId()).containsExactlyInAnyOrder(first.getId(), third.getId());
        driver.consensus.complete(proposal, PathDriver.sheet(criteria, "4", "Confirmed"), null, consensus.version());
        driver.decideAndPublish(challenge, List.of(proposal));
    }
}
