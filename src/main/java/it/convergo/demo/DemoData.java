package it.convergo.demo;

import it.convergo.account.DemoAccounts;
import it.convergo.challenge.DemoChallenges;
import it.convergo.evaluation.DemoEvaluation;
import it.convergo.network.DemoNetwork;
import it.convergo.proposal.DemoProposals;
import it.convergo.workflow.ChallengeLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills an empty database with a living demo on first start, feature by feature. */
@Component
@ConditionalOnProperty(name = "convergo.demo-data", havingValue = "true")
class DemoData {

    private final DemoAccounts accounts;
    private final DemoChallenges challenges;
    private final DemoProposals proposals;
    private final DemoEvaluation evaluation;
    private final ChallengeLifecycle lifecycle;
    private final DemoNetwork network;

    DemoData(DemoAccounts accounts, DemoChallenges challenges, DemoProposals proposals, DemoEvaluation evaluation,
             ChallengeLifecycle lifecycle, DemoNetwork network) {
        this.network = network;
        this.accounts = accounts;
        this.challenges = challenges;
        this.proposals = proposals;
        this.evaluation = evaluation;
        this.lifecycle = lifecycle;
    }

    /** Before the start-up lock is released (lowest precedence), so a second node finds the demo there. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        // timers are run by the demo itself, in order; the background executor resumes afterwards
        lifecycle.withJobExecutorPaused(() -> {
            if (accounts.createIfEmpty()) {
                challenges.create();
                // after the challenges: proposals to the open demo challenges
                proposals.createIfEmpty();
                // two challenges carried through the evaluation: one in progress, one with published results
                evaluation.create();
                // the network's profiles of the demo organisations
                network.create();
            }
        });
    }
}
