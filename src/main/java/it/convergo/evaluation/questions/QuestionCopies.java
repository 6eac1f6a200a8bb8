package it.convergo.evaluation.questions;

import it.convergo.proposal.ProposalCopies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A purged proposal's clarification round keeps only its dates and states: the copied title, the question
 * (which may quote the proposal) and the applicant's answer go with the proposal's content.
 */
@Component
class QuestionCopies implements ProposalCopies {

    private final JdbcTemplate jdbc;

    QuestionCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purge(long proposalId) {
        jdbc.update("update panel_question set proposal_title = '', question = '', answer = null, version = version + 1 "
                + "where proposal_id = ?", proposalId);
    }
}
