package it.convergo.evaluation.panel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {
    List<Assignment> findByProposalId(long proposalId);

    List<Assignment> findByChallengeId(long challengeId);

    List<Assignment> findByStatus(Assignment.Status status);

    Optional<Assignment> findByProposalIdAndEvaluatorId(long proposalId, long evaluatorId);

    /**
     * Locks the proposal's panel rows until the transaction ends: the panel's commands (declare, submit)
     * run one after the other, so the last submission sees every other one. Plain SQL: the dialect's
     * "for update of" is not understood by MariaDB.
     */
    @Query(value = "select id from evaluation_assignment where proposal_id = :proposal order by id for update",
            nativeQuery = true)
    List<Long> lockPanel(@Param("proposal") long proposalId);

    @Query("select a from Assignment a where a.evaluatorId = :evaluator and a.status in :statuses order by a.dueAt")
    List<Assignment> findOpenFor(@Param("evaluator") long evaluatorId,
                                 @Param("statuses") Collection<Assignment.Status> statuses);

    @Query("""
            select a.evaluatorId, count(a) from Assignment a
            where a.status in (it.convergo.evaluation.panel.Assignment.Status.ASSIGNED,
                               it.convergo.evaluation.panel.Assignment.Status.CLEARED)
            group by a.evaluatorId""")
    List<Object[]> openLoads();

    /** Per challenge, the evaluators with a seat still open (not submitted) past its due date. */
    @Query("""
            select a.challengeId, count(distinct a.evaluatorId) from Assignment a
            where a.challengeId in :challenges and a.dueAt < :now
              and a.status in (it.convergo.evaluation.panel.Assignment.Status.ASSIGNED,
                               it.convergo.evaluation.panel.Assignment.Status.CLEARED)
            group by a.challengeId""")
    List<Object[]> lateEvaluators(@Param("challenges") Collection<Long> challengeIds, @Param("now") java.time.Instant now);
}
