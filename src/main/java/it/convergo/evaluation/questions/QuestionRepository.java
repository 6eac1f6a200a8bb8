package it.convergo.evaluation.questions;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<PanelQuestion, Long> {

    List<PanelQuestion> findByProposalIdOrderByAskedAtAscIdAsc(long proposalId);

    @Query("select q from PanelQuestion q where q.challengeId = :challengeId and q.proposalId not in :hidden "
            + "order by q.askedAt desc, q.id desc")
    List<PanelQuestion> findVisible(long challengeId, Collection<Long> hidden, Pageable page);

    @Query("select count(q) from PanelQuestion q where q.challengeId = :challengeId and q.proposalId not in :hidden")
    long countVisible(long challengeId, Collection<Long> hidden);

    /** The question, locked until the transaction ends: two answers at once are taken one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from PanelQuestion q where q.id = :id")
    Optional<PanelQuestion> lockById(long id);
}
