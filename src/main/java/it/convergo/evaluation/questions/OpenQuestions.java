package it.convergo.evaluation.questions;

import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalRow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The panel's questions that wait for the current applicant's answer, for its home page: a deadline not to miss. */
@Service
public class OpenQuestions {

    /** Enough for any organisation's submitted proposals; they are read in one page. */
    private static final int PROPOSALS = 500;

    private final MyProposals mine;
    private final QuestionRepository questions;
    private final Clock clock;

    OpenQuestions(MyProposals mine, QuestionRepository questions, Clock clock) {
        this.mine = mine;
        this.questions = questions;
        this.clock = clock;
    }

    /** A question still open: which proposal, and the answer's deadline (no question text: the page shows it). */
    public record Waiting(long proposalId, String proposalTitle, Instant dueAt) {
    }

    /** The open questions to the applicant's proposals whose deadline is ahead, soonest first; one query. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<Waiting> mine() {
        List<Long> submitted = mine.mine(PageRequest.of(0, PROPOSALS)).stream()
                .filter(r -> r.submissionVersion() > 0 && r.purgedAt() == null).map(ProposalRow::id).toList();
        if (submitted.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return questions.findByProposalIdInAndStatusOrderByAnswerDueAtAsc(submitted, QuestionStatus.OPEN).stream()
                .filter(q -> now.isBefore(q.answerDueAt))
                .map(q -> new Waiting(q.proposalId, q.proposalTitle, q.answerDueAt)).toList();
    }
}
