package it.convergo.proposal;

import static it.convergo.proposal.Texts.orEmpty;
import static it.convergo.proposal.Texts.trim;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisation;
import it.convergo.account.Organisations;
import it.convergo.account.People;
import it.convergo.account.Recipient;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeView;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's working copy: starting a proposal, reading and saving its fields, and the checklist of
 * what is still missing. Every method checks on the server who is asking ({@link ApplicantAccess}); every
 * change is refused once the challenge's closing instant has passed.
 */
@Service
public class ProposalDrafts {

    private final ProposalRepository proposals;
    private final ApplicantAccess access;
    private final DraftChecks checks;
    private final ProposalFileStore files;
    private final Challenges challenges;
    private final AccountService accounts;
    private final Organisations organisations;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    ProposalDrafts(ProposalRepository proposals, ApplicantAccess access, DraftChecks checks, ProposalFileStore files,
                   Challenges challenges, AccountService accounts, Organisations organisations, People people, AuditLog audit,
                   Clock clock) {
        this.proposals = proposals;
        this.access = access;
        this.checks = checks;
        this.files = files;
        this.challenges = challenges;
        this.accounts = accounts;
        this.organisations = organisations;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a proposal of the applicant's organisation to an open challenge it may see, is eligible for and
     * (when required) whose NDA the applicant accepted. If the organisation already has one (a double
     * click, a second tab) that one is returned.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public long start(long challengeId) {
        AccountPrincipal user = CurrentUser.require();
        if (user.organisationId() == null || !challenges.isVisibleTo(challengeId, user.userId(), user.organisationId())) {
            throw new UserFacingException("error.notFound");
        }
        ChallengeView c = challenges.view(challengeId);
        boolean outline = c.stages().twoStage();
        if (outline && !c.stages().acceptsOutlines() && c.status() == it.convergo.challenge.ChallengeStatus.OPEN) {
            // after the outlines, only the shortlisted continue (their proposal exists); nobody starts anew
            Long org = user.organisationId();
            return proposals.live(challengeId, org).stream().findFirst().map(Proposal::getId)
                    .orElseThrow(() -> new UserFacingException("proposal.error.invitedOnly"));
        }
        access.requireOpen(c.rules());
        if (!challenges.hasAcceptedNda(challengeId, user.userId())) {
            throw new UserFacingException("proposal.error.ndaRequired");
        }
        Organisation org = accounts.me().getOrganisation();
        if (!c.eligibility().admits(org.getType(), org.getCountry(), org.getRegion(), org.getSize())) {
            throw new UserFacingException("proposal.error.notEligible", org.getName());
        }
        List<Proposal> existing = proposals.live(challengeId, org.getId());
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        Instant now = clock.instant();
        Proposal p = new Proposal(challengeId, c.title(), c.stages().deadline(outline, c.closesAt()), org.getId(),
                user.userId(), now);
        p.stage = outline ? ProposalStage.OUTLINE : ProposalStage.FULL;
        p.areas.addAll(c.areas());
        p.trlNow = c.trlMin();
        p.trlTarget = c.trlMax();
        p.updatedBy = user.fullName();
        p = proposals.saveAndFlush(p);
        audit.record("proposal.started", p.subject(), c.title());
        return p.getId();
    }

    /** The proposal's fields as the form shows them, with the version they were read at. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public ProposalDraft draft(long id) {
        return toDraft(access.mine(id));
    }

    /** State, deadline, lead and last save of one of the applicant's proposals. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public ProposalOverview overview(long id) {
        Proposal p = access.mine(id);
        AccountPrincipal user = CurrentUser.require();
        String lead = people.byId(List.of(p.leadUserId)).stream().findFirst().map(Recipient::fullName).orElse("");
        return new ProposalOverview(p.getId(), p.challengeId, p.challengeTitle, p.challengeClosesAt, p.status, p.editing,
                organisations.name(p.organisationId).orElse(""), lead, p.leadUserId == user.userId(),
                p.submissionVersion, p.submittedAt, p.contentHash, p.outcomeNote, p.updatedAt, p.updatedBy,
                access.isOpen(p), p.getVersion(), p.purgedAt);
    }

    /**
     * The stage of one of the applicant's proposals: outline or full, the deadline of that stage, and for an
     * outline the firm's shortlist decision with its feedback once the shortlist is confirmed (not before).
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public StageInfo stage(long id) {
        Proposal p = access.mine(id);
        var rules = challenges.rules(p.challengeId);
        boolean confirmed = rules.stages().shortlistConfirmedAt() != null;
        return new StageInfo(rules.stages().twoStage(), p.stage,
                rules.stages().deadline(p.stage == ProposalStage.OUTLINE, rules.closesAt()),
                confirmed ? p.shortlisted : null, confirmed ? p.shortlistFeedback : null,
                rules.questionPositions(p.stage == ProposalStage.OUTLINE));
    }

    /** The challenge a proposal answers, as published (the form, limits, dates). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public ChallengeView challengeOf(long id) {
        return challenges.view(access.mine(id).challengeId);
    }

    /**
     * Saves the working copy. Refused after the deadline, for a submitted proposal that was not reopened, for
     * text over the form's limits, and when someone saved in between (the draft's version is stale): then
     * nothing is written and the other member's text stays. Returns the new version.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public long save(ProposalDraft d) {
        if (d.getId() == null) {
            throw new UserFacingException("error.notFound");
        }
        Proposal p = access.editable(d.getId());
        if (p.getVersion() != d.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Proposal.class, p.getId());
        }
        checks.validate(d, challenges.rules(p.challengeId).form());
        p.title = trim(d.getTitle());
        p.acronym = trim(d.getAcronym());
        p.abstractText = trim(d.getAbstractText());
        p.teamText = trim(d.getTeamText());
        p.budget = d.getBudget();
        p.budgetText = trim(d.getBudgetText());
        p.trlNow = d.getTrlNow();
        p.trlTarget = d.getTrlTarget();
        if (!p.areas.equals(d.getAreas())) {
            p.areas.clear();
            p.areas.addAll(d.getAreas());
        }
        Map<Integer, String> answers = new HashMap<>();
        d.getAnswers().forEach((pos, value) -> {
            String v = trim(value);
            if (!v.isEmpty()) {
                answers.put(pos, v);
            }
        });
        if (!p.answers.equals(answers)) {
            p.answers.clear();
            p.answers.putAll(answers);
        }
        p.updatedAt = clock.instant();
        p.updatedBy = CurrentUser.require().fullName();
        proposals.saveAndFlush(p);
        d.setVersion(p.getVersion());
        return p.getVersion();
    }

    /** What is still missing before the proposal can be submitted (empty: ready). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<MissingItem> missing(long id) {
        Proposal p = access.mine(id);
        return checks.missing(p, challenges.rules(p.challengeId), files.inDraft(id));
    }

    private static ProposalDraft toDraft(Proposal p) {
        ProposalDraft d = new ProposalDraft();
        d.setId(p.getId());
        d.setVersion(p.getVersion());
        d.setChallengeId(p.challengeId);
        d.setTitle(orEmpty(p.title));
        d.setAcronym(orEmpty(p.acronym));
        d.setAbstractText(orEmpty(p.abstractText));
        d.setTeamText(orEmpty(p.teamText));
        d.setBudget(p.budget);
        d.setBudgetText(orEmpty(p.budgetText));
        d.setTrlNow(p.trlNow);
        d.setTrlTarget(p.trlTarget);
        d.setAreas(p.areas);
        d.setAnswers(p.answers);
        return d;
    }
}
