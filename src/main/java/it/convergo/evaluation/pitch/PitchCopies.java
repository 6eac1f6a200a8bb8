package it.convergo.evaluation.pitch;

import it.convergo.proposal.ProposalCopies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A purged proposal's pitch slot keeps its time, rank and scores; the copied title goes with the content. */
@Component
class PitchCopies implements ProposalCopies {

    private final JdbcTemplate jdbc;

    PitchCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purge(long proposalId) {
        jdbc.update("update pitch_slot set proposal_title = '', version = version + 1 where proposal_id = ?", proposalId);
    }
}
