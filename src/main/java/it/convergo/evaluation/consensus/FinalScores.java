package it.convergo.evaluation.consensus;

import it.convergo.evaluation.scoring.SheetInput;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The proposals' final scores, once their consensus is completed: what the ranking, the readiness rule and
 * the evaluators' inboxes read. No access check: callers check.
 */
@Component
public class FinalScores {

    private final ConsensusRepository consensus;

    FinalScores(ConsensusRepository consensus) {
        this.consensus = consensus;
    }

    /** Proposal id -> final scores and comments, for every completed consensus of the challenge. */
    public Map<Long, SheetInput> ofChallenge(long challengeId, int criteria) {
        Map<Long, SheetInput> result = new LinkedHashMap<>();
        consensus.findByChallengeId(challengeId).stream().filter(Consensus::isCompleted)
                .forEach(c -> result.put(c.proposalId, c.input(criteria)));
        return result;
    }

    /** The proposal's final scores and comments, once its consensus is completed. */
    public Optional<SheetInput> ofProposal(long proposalId, int criteria) {
        return consensus.findByProposalId(proposalId).filter(Consensus::isCompleted).map(c -> c.input(criteria));
    }

    public boolean exist(long proposalId) {
        return consensus.findByProposalId(proposalId).filter(Consensus::isCompleted).isPresent();
    }

    /** The challenge's proposals whose consensus is completed. */
    public Set<Long> proposalsIn(long challengeId) {
        return consensus.findByChallengeId(challengeId).stream().filter(Consensus::isCompleted)
                .map(c -> c.proposalId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** For each of the challenges, how many proposals have their final scores; one query. */
    public Map<Long, Long> countsByChallenge(Collection<Long> challengeIds) {
        return challengeIds.isEmpty() ? Map.of() : consensus.countByChallengeAndStatus(challengeIds, Consensus.Status.COMPLETED).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Those of the given proposals whose consensus is completed. */
    public Set<Long> among(Collection<Long> proposalIds) {
        return consensus.findByProposalIdIn(proposalIds).stream().filter(Consensus::isCompleted)
                .map(c -> c.proposalId).collect(Collectors.toSet());
    }
}
