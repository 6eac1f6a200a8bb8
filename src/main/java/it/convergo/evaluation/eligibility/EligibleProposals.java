package it.convergo.evaluation.eligibility;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The proposals the firm found eligible, for the audience award's entries. No access check (the caller's). */
@Component
public class EligibleProposals {

    private final EligibilityRepository decisions;

    EligibleProposals(EligibilityRepository decisions) {
        this.decisions = decisions;
    }

    public Set<Long> in(long challengeId) {
        return decisions.findByChallengeId(challengeId).stream().filter(d -> d.eligible).map(d -> d.proposalId)
                .collect(Collectors.toSet());
    }
}
