package it.convergo.evaluation.eligibility;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The proposals the firm found not eligible, for the readiness rule (they need no evaluation). No access check. */
@Component
public class IneligibleProposals {

    private final EligibilityRepository decisions;

    IneligibleProposals(EligibilityRepository decisions) {
        this.decisions = decisions;
    }

    public Set<Long> in(long challengeId) {
        return decisions.findByChallengeId(challengeId).stream().filter(d -> !d.eligible).map(d -> d.proposalId)
                .collect(Collectors.toSet());
    }
}
