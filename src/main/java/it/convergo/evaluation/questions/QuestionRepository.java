package it.convergo.evaluation.questions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionRepository extends JpaRepository<PanelQuestion, Long> {

    List<PanelQuestion> findByProposalIdOrderByAskedAtAscIdAsc(long proposalId);

    List<PanelQuestion> findByProposalIdInAndStatusOrderByAnswerDueAtAsc(Collection<Long> proposalIds, QuestionStatus status);

    @Query("select q from PanelQuestion q where q.challengeId = :challengeId and q.proposalId not in :hidden "
            + "order by q.askedAt desc, q.id desc")
    List<PanelQuestion> findVisible(long challengeId, Collection<Long> hidden, Pageable page);

    @Query("select count(q) from PanelQuestion q where q.challengeId = :challengeId and q.proposalId not in :hidden")
    long countVisible(long challengeId, Collection<Long> hidden);

    /**
     * Locks the question's row until the transaction ends: two answers at once are taken one after the other.
     * Native, because the dialect's "for update of" is not MariaDB's.
     */
    @Query(value = "select id from panel_question where id = :id for update", nativeQuery = true)
    List<Long> lock(@Param("id") long id);

    /** The question, locked first (see {@link #lock}). */
    default Optional<PanelQuestion> lockById(long id) {
        return lock(id).isEmpty() ? Optional.empty() : findById(id);
    }
}
