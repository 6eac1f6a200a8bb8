package it.convergo.proposal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalFingerprintRepository extends JpaRepository<ProposalFingerprint, Long> {

    /** A submitted proposal's current signature, with what the duplicate rules need to know of it. */
    record Current(long proposalId, long challengeId, String signature) {
    }

    /**
     * Submitted proposals whose latest version has no fingerprint yet (new, resubmitted, or from before V67); not
     * those whose content was deleted under a retention rule.
     */
    @Query("""
            select p.id from Proposal p where p.status in :states and p.submissionVersion > 0 and p.purgedAt is null and not exists
              (select f.proposalId from ProposalFingerprint f where f.proposalId = p.id and f.submissionNumber = p.submissionVersion)
            order by p.id""")
    List<Long> stale(Collection<ProposalStatus> states, Pageable page);

    @Query("""
            select new it.convergo.proposal.ProposalFingerprintRepository$Current(f.proposalId, f.challengeId, f.signature)
            from ProposalFingerprint f, Proposal p
            where p.id = f.proposalId and p.status in :states and f.submissionNumber = p.submissionVersion
              and f.signature is not null and p.purgedAt is null""")
    List<Current> current(Collection<ProposalStatus> states);

    /**
     * The organisation's other submitted proposals, submitted before {@code before} or at the same instant (times
     * read back from MySQL/MariaDB can be whole seconds), newest first.
     */
    @Query("""
            select p from Proposal p where p.organisationId = :organisationId and p.id <> :proposalId
              and p.status in :states and p.submittedAt <= :before order by p.submittedAt desc, p.id desc""")
    List<Proposal> earlier(long organisationId, long proposalId, Collection<ProposalStatus> states, Instant before,
                           Pageable page);

    /** Fingerprints of proposals that no longer exist (purged or erased): a signature outlives no proposal. */
    @Modifying
    @Query("delete from ProposalFingerprint f where not exists (select p.id from Proposal p where p.id = f.proposalId)")
    int deleteOrphans();
}
