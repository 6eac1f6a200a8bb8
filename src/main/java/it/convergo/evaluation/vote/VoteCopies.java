package it.convergo.evaluation.vote;

import it.convergo.proposal.ProposalCopies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A purged proposal's audience-award entry keeps its public title, which the applicant consented to publish and
 * which the published results name, and its count; the public summary goes with the proposal's content.
 */
@Component
class VoteCopies implements ProposalCopies {

    private final JdbcTemplate jdbc;

    VoteCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purge(long proposalId) {
        jdbc.update("update prize_vote_entry set public_summary = null, version = version + 1 where proposal_id = ?", proposalId);
    }
}
