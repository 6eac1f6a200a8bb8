package it.convergo.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffConflictRepository extends JpaRepository<StaffConflict, Long> {

    boolean existsByProposalIdAndUserId(long proposalId, long userId);

    @Query("select c.proposalId from StaffConflict c where c.userId = :user")
    List<Long> proposalsOf(@Param("user") long userId);
}
