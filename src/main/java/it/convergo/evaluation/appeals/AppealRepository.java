package it.convergo.evaluation.appeals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppealRepository extends JpaRepository<Appeal, Long> {
    Optional<Appeal> findByProposalId(long proposalId);

    List<Appeal> findByChallengeIdOrderByFiledAt(long challengeId);

    List<Appeal> findByIdIn(Collection<Long> ids);

    List<Appeal> findByFiledBy(long userId);

    /**
     * The appeal, locked until the transaction ends: its commands run one after the other. Native, because
     * MariaDB refuses the "for update of alias" Hibernate writes for MySQL.
     */
    @Query(value = "select * from appeal where id = :id for update", nativeQuery = true)
    Optional<Appeal> lockById(@Param("id") long id);
}
