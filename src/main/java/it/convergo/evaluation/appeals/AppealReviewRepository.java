package it.convergo.evaluation.appeals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealReviewRepository extends JpaRepository<AppealReview, Long> {
    List<AppealReview> findByAppealIdOrderById(long appealId);

    List<AppealReview> findByAppealIdIn(Collection<Long> appealIds);

    Optional<AppealReview> findByAppealIdAndReviewerId(long appealId, long reviewerId);

    List<AppealReview> findByReviewerIdOrderByAssignedAtDesc(long reviewerId);
}
