package it.convergo.evaluation.results;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RetentionRunRepository extends JpaRepository<RetentionRun, Long> {

    @Query("select r.challengeId from RetentionRun r where r.challengeId in :challenges")
    List<Long> done(@Param("challenges") Collection<Long> challengeIds);
}
