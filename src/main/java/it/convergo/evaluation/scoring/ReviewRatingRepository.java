package it.convergo.evaluation.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewRatingRepository extends JpaRepository<ReviewRating, Long> {

    List<ReviewRating> findByProposalId(long proposalId);

    Optional<ReviewRating> findByProposalIdAndEvaluatorId(long proposalId, long evaluatorId);

    /** Evaluator, rating, how many: the history of these evaluators in one query. */
    @Query("select r.evaluatorId, r.rating, count(r) from ReviewRating r where r.evaluatorId in :evaluators "
            + "group by r.evaluatorId, r.rating")
    List<Object[]> countsOf(@Param("evaluators") Collection<Long> evaluatorIds);
}
