package it.convergo.proposal;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's conflicts: organisations or people who should not evaluate the proposal, each with a reason.
 * The lead names and removes them while the proposal can be changed (before submitting, or reopened); the
 * team reads them. The evaluation reads them through {@link #of} to keep those evaluators off the panels;
 * evaluators never learn who named them.
 */
@Service
public class ProposalExclusions {

    public static final int MAX = 10;
    public static final int NAME = 200;
    public static final int REASON = 1000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final ProposalExclusionRepository exclusions;
    private final ApplicantAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ProposalExclusions(ProposalExclusionRepository exclusions, ApplicantAccess access, AuditLog audit, Clock clock) {
        this.exclusions = exclusions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the applicant's team named on one of its proposals. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<NamedExclusion> list(long proposalId) {
        access.mine(proposalId);
        return exclusions.findByProposalIdOrderById(proposalId).stream().map(ProposalExclusion::view).toList();
    }

    /**
     * The lead names an organisation (name) or a person (name and/or e-mail, organisation optional) with a
     * reason. Refused with a translated message, nothing saved, when something required is missing or too long.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public NamedExclusion add(long proposalId, NamedExclusion.Kind kind, String personName, String email,
                              String organisation, String reason) {
        Proposal p = access.editable(proposalId);
        access.requireLead(p);
        String name = clean(personName);
        String mail = email == null || email.isBlank() ? null : AccountService.normaliseEmail(email);
        String org = clean(organisation);
        String why = clean(reason);
        if (kind == null) {
            throw new UserFacingException("proposal.exclusions.error.kind");
        }
        if (kind == NamedExclusion.Kind.ORGANISATION ? org == null : name == null && mail == null) {
            throw new UserFacingException(kind == NamedExclusion.Kind.ORGANISATION
                    ? "proposal.exclusions.error.organisation" : "proposal.exclusions.error.person");
        }
        if (mail != null && (mail.length() > ProposalLimits.EMAIL || !EMAIL.matcher(mail).matches())) {
            throw new UserFacingException("proposal.error.email");
        }
        if (name != null && name.length() > NAME || org != null && org.length() > NAME) {
            throw new UserFacingException("proposal.exclusions.error.tooLong", NAME);
        }
        if (why == null || why.length() > REASON) {
            throw new UserFacingException("proposal.exclusions.error.reason", REASON);
        }
        if (exclusions.countByProposalId(proposalId) >= MAX) {
            throw new UserFacingException("proposal.exclusions.error.tooMany", MAX);
        }
        ProposalExclusion saved = exclusions.save(new ProposalExclusion(proposalId, kind,
                kind == NamedExclusion.Kind.ORGANISATION ? null : name, kind == NamedExclusion.Kind.ORGANISATION ? null : mail,
                org, why, CurrentUser.require().userId(), clock.instant()));
        NamedExclusion view = saved.view();
        audit.record("proposal.exclusionAdded", p.subject(), view.who() + ": " + why);
        return view;
    }

    /** The lead removes one of the names, while the proposal can be changed. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void remove(long proposalId, long exclusionId) {
        Proposal p = access.editable(proposalId);
        access.requireLead(p);
        exclusions.findById(exclusionId).filter(e -> e.proposalId == proposalId).ifPresent(e -> {
            exclusions.delete(e);
            audit.record("proposal.exclusionRemoved", p.subject(), e.view().who());
        });
    }

    /**
     * For the evaluation: the names on each of these proposals, one query. No access check: the evaluation
     * checks its own (the firm's panels) before it asks, and never shows them to evaluators.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<NamedExclusion>> of(Collection<Long> proposalIds) {
        Map<Long, List<NamedExclusion>> result = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return result;
        }
        for (ProposalExclusion e : exclusions.findByProposalIdInOrderById(proposalIds)) {
            result.computeIfAbsent(e.proposalId, k -> new java.util.ArrayList<>()).add(e.view());
        }
        return result;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ");
    }
}
