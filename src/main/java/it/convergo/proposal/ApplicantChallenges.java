package it.convergo.proposal;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenges an applicant has a live proposal in (a draft or a submission, not a withdrawn one): their
 * organisation's proposals and those they were invited to, as "My proposals" counts them. No access check:
 * for callers that act for a known user without a session (the calendar feed).
 */
@Service
public class ApplicantChallenges {

    private final EntityManager entities;

    ApplicantChallenges(EntityManager entities) {
        this.entities = entities;
    }

    /** Challenge ids; {@code organisationId} null for an applicant without an organisation. */
    @Transactional(readOnly = true)
    public Set<Long> withLiveProposals(Long organisationId, String email) {
        return new HashSet<>(entities.createQuery("select distinct p.challengeId from Proposal p where p.status <> :withdrawn "
                        + "and (p.organisationId = :org or p.id in (select m.proposalId from ProposalMember m where m.email = :email))",
                        Long.class)
                .setParameter("withdrawn", ProposalStatus.WITHDRAWN)
                .setParameter("org", organisationId == null ? -1L : organisationId)
                .setParameter("email", email).getResultList());
    }
}
