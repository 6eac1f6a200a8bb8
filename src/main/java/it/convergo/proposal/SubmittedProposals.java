package it.convergo.proposal;

import static it.convergo.proposal.Texts.clip;
import static it.convergo.proposal.Texts.orEmpty;

import it.convergo.account.Organisations;
import it.convergo.account.People;
import it.convergo.account.Recipient;
import it.convergo.audit.AuditLog;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengeLocks;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeView;
import it.convergo.document.PdfAnonymiser;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API of the evaluation feature: submitted proposals as they were submitted (latest version), plain
 * or anonymised, the lock the close takes before it lists them, and the outcome the evaluation records back. No access checks: the evaluation checks its
 * own (panels, roles) before it asks. Drafts and withdrawn proposals are "not found".
 */
@Service
public class SubmittedProposals {

    private static final Set<ProposalStatus> OUTCOMES = EnumSet.of(ProposalStatus.ELIGIBLE, ProposalStatus.NOT_ELIGIBLE,
            ProposalStatus.UNDER_EVALUATION, ProposalStatus.DECIDED);

    private final ProposalRepository proposals;
    private final ProposalSubmissionRepository submissions;
    private final ProposalMemberRepository members;
    private final LatestSubmissions latest;
    private final ProposalFileStore files;
    private final Challenges challenges;
    private final Organisations organisations;
    private final People people;
    private final AuditLog audit;
    private final Translations translations;
    private final ReaderLocale readerLocale;
    private final Clock clock;
    private final ChallengeLocks locks;
    private final SubmissionsInFlight inFlight;

    SubmittedProposals(ProposalRepository proposals, ProposalSubmissionRepository submissions, ProposalMemberRepository members,
                       LatestSubmissions latest, ProposalFileStore files, Challenges challenges,
                       Organisations organisations, People people, AuditLog audit, Translations translations, ReaderLocale readerLocale,
                       Clock clock, ChallengeLocks locks, SubmissionsInFlight inFlight) {
        this.proposals = proposals;
        this.submissions = submissions;
        this.members = members;
        this.latest = latest;
        this.files = files;
        this.challenges = challenges;
        this.organisations = organisations;
        this.people = people;
        this.audit = audit;
        this.translations = translations;
        this.readerLocale = readerLocale;
        this.clock = clock;
        this.locks = locks;
        this.inFlight = inFlight;
    }

    /**
     * Called by the close of a challenge before it lists the submitted proposals, inside its transaction:
     * waits (bounded) for the submissions this node is still working on, then takes the challenge's row lock,
     * so every submission either committed before the list is taken or finds the challenge closed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForClosing(long challengeId) {
        inFlight.await(challengeId);
        locks.lockForClosing(challengeId);
    }

    /** SUBMITTED or later, never DRAFT or WITHDRAWN, in submission order; three queries for the whole list. */
    @Transactional(readOnly = true)
    public List<ProposalSummary> submittedTo(long challengeId) {
        List<Proposal> submitted = proposals.allSubmittedTo(challengeId, ProposalStatus.submittedStates());
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<Long, ProposalSubmissionRepository.Head> heads = submissions.latestHeads(submitted.stream().map(Proposal::getId).toList())
                .stream().collect(Collectors.toMap(ProposalSubmissionRepository.Head::proposalId, Function.identity()));
        Map<Long, String> names = organisations.names(submitted.stream().map(p -> p.organisationId).distinct().toList());
        return submitted.stream().map(p -> {
            ProposalSubmissionRepository.Head head = heads.get(p.getId());
            if (head == null) {
                throw new UserFacingException("error.notFound");
            }
            return summaryOf(p, head, p.organisationId, names.getOrDefault(p.organisationId, ""));
        }).toList();
    }

    /** The challenge and state of each of these proposals that was submitted (drafts and withdrawn ones left out). */
    @Transactional(readOnly = true)
    public Map<Long, SubmittedState> states(Collection<Long> proposalIds) {
        Set<ProposalStatus> submitted = ProposalStatus.submittedStates();
        return proposalIds.isEmpty() ? Map.of() : proposals.findAllById(proposalIds).stream()
                .filter(p -> submitted.contains(p.status))
                .collect(Collectors.toMap(Proposal::getId, p -> new SubmittedState(p.challengeId, p.status)));
    }

    public record SubmittedState(long challengeId, ProposalStatus status) {
    }

    /** The budget each proposal requested in its latest submission (absent when it gave none); one query. */
    @Transactional(readOnly = true)
    public Map<Long, java.math.BigDecimal> requestedBudgets(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.math.BigDecimal> budgets = new java.util.HashMap<>();
        submissions.latestBudgets(proposalIds).forEach(r -> {
            if (r[1] != null) {
                budgets.put((Long) r[0], (java.math.BigDecimal) r[1]);
            }
        });
        return budgets;
    }

    /** For each of the challenges, how many submitted proposals still wait for an eligibility decision; one query. */
    @Transactional(readOnly = true)
    public Map<Long, Long> waitingForEligibility(Collection<Long> challengeIds) {
        if (challengeIds.isEmpty()) {
            return Map.of();
        }
        return proposals.countByChallenge(challengeIds, ProposalStatus.SUBMITTED).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The latest submitted version of a proposal; "not found" for drafts and unknown ids. */
    @Transactional(readOnly = true)
    public ProposalSummary summary(long proposalId) {
        Proposal p = latest.proposal(proposalId);
        return summaryOf(p, ProposalSubmissionRepository.Head.of(latest.of(p)), p.organisationId, organisationName(p));
    }

    @Transactional(readOnly = true)
    public ProposalContent content(long proposalId, boolean anonymised) {
        Proposal p = latest.proposal(proposalId);
        ProposalSubmission s = latest.of(p);
        List<ProposalContent.Answer> answers = s.answers.stream()
                .map(a -> new ProposalContent.Answer(a.question, a.answer)).toList();
        ChallengeView c = challenges.view(p.challengeId);
        List<ProposalContent.FileInfo> infos = files.byIds(s.fileIds).stream().map(f -> new ProposalContent.FileInfo(f.id(),
                anonymised ? ProposalDocuments.neutralName(f.id()) : f.fileName(), f.sizeBytes(), f.pages(), f.sha256(),
                questionLabel(c, f.questionPos()))).toList();
        ProposalSubmissionRepository.Head head = ProposalSubmissionRepository.Head.of(s);
        ProposalSummary summary = anonymised ? summaryOf(p, head, 0, "") : summaryOf(p, head, p.organisationId, organisationName(p));
        return new ProposalContent(summary, answers, infos,
                anonymised ? "" : orEmpty(s.teamText), orEmpty(s.budgetText), s.trlNow, s.trlTarget,
                anonymised ? "" : people.byId(List.of(p.leadUserId)).stream().map(Recipient::fullName).findFirst().orElse(""));
    }

    /** A file of the latest submission, checked against its hash; anonymised: rewritten by {@link PdfAnonymiser}. */
    @Transactional(readOnly = true)
    public byte[] file(long proposalId, long fileId, boolean anonymised) {
        Proposal p = latest.proposal(proposalId);
        p.refuseIfPurged();
        if (!latest.of(p).fileIds.contains(fileId)) {
            throw new UserFacingException("error.notFound");
        }
        byte[] bytes = files.read(fileId);
        return anonymised ? PdfAnonymiser.anonymise(bytes) : bytes;
    }

    /** The form answers as a report, followed by the attached PDFs, merged into one document. */
    @Transactional(readOnly = true)
    public byte[] dossier(long proposalId, boolean anonymised) {
        Proposal p = latest.proposal(proposalId);
        p.refuseIfPurged();
        ProposalSubmission s = latest.of(p);
        ChallengeView c = challenges.view(p.challengeId);
        List<AttachedFile> stored = files.byIds(s.fileIds);
        List<AttachedFile> attached = anonymised ? stored.stream().map(ProposalDocuments::neutral).toList() : stored;
        ProposalDocuments.Snapshot snap = new ProposalDocuments.Snapshot(p.getId(), c.title(),
                anonymised ? "" : organisationName(p), s.title, s.acronym, s.abstractText,
                anonymised ? "" : s.teamText, s.budget, s.budgetText, s.trlNow, s.trlTarget, areaNames(s.areas),
                s.answers.stream().map(a -> new ProposalContent.Answer(a.question, a.answer)).toList(), attached);
        List<byte[]> pdfs = attached.stream().map(f -> {
            byte[] b = files.read(f.id());
            return anonymised ? PdfAnonymiser.anonymise(b) : b;
        }).toList();
        byte[] dossier = ProposalDocuments.dossier(translations, readerLocale.get(), snap, pdfs, anonymised, clock.instant());
        return anonymised ? PdfAnonymiser.anonymise(dossier) : dossier;
    }

    /**
     * Lead applicant and team names and e-mails, the organisation's name and VAT number, and the name of every
     * file uploaded: for blind-mode leak checks.
     */
    @Transactional(readOnly = true)
    public Set<String> identityTerms(long proposalId) {
        Proposal p = proposals.findById(proposalId).orElseThrow(() -> new UserFacingException("error.notFound"));
        Set<String> terms = new LinkedHashSet<>();
        organisations.name(p.organisationId).ifPresent(terms::add);
        organisations.vatNumber(p.organisationId).ifPresent(terms::add);
        terms.addAll(files.namesOf(proposalId));
        people.byId(List.of(p.leadUserId)).forEach(u -> {
            terms.add(u.fullName());
            terms.add(u.email());
        });
        List<String> emails = members.findByProposalIdOrderByEmail(proposalId).stream().map(m -> m.email).toList();
        terms.addAll(emails);
        people.byEmail(emails).stream().map(Recipient::fullName).forEach(terms::add);
        terms.removeIf(t -> t == null || t.isBlank());
        return terms;
    }

    /**
     * Records what the evaluation decided so far; "My proposals" shows it. ELIGIBLE, NOT_ELIGIBLE (note =
     * reason), UNDER_EVALUATION, DECIDED (note = outcome and feedback).
     */
    @Transactional
    public void recordOutcome(long proposalId, ProposalStatus status, String note) {
        if (status == null || !OUTCOMES.contains(status)) {
            throw new IllegalArgumentException("not an outcome: " + status);
        }
        Proposal p = latest.proposal(proposalId);
        p.status = status;
        p.editing = false;
        p.outcomeNote = note == null || note.isBlank() ? null : clip(note.trim(), ProposalLimits.NOTE);
        p.outcomeAt = clock.instant();
        proposals.saveAndFlush(p);
        audit.record("proposal.outcome", p.subject(), status + (p.outcomeNote == null ? "" : ": " + p.outcomeNote));
    }

    private String organisationName(Proposal p) {
        return organisations.name(p.organisationId).orElse("");
    }

    private static ProposalSummary summaryOf(Proposal p, ProposalSubmissionRepository.Head s, long organisationId,
                                             String organisationName) {
        Set<TechnologyArea> areas = EnumSet.noneOf(TechnologyArea.class);
        areaNames(s.areas()).forEach(a -> areas.add(TechnologyArea.valueOf(a)));
        return new ProposalSummary(p.getId(), p.challengeId, organisationId, organisationName, s.title(),
                orEmpty(s.acronym()), orEmpty(s.abstractText()), areas, p.status, s.submittedAt(), s.contentHash(), s.number());
    }

    private static String questionLabel(ChallengeView c, int pos) {
        if (pos < 0 || pos >= c.form().questions().size()) {
            return "";
        }
        return c.form().questions().get(pos).label(Locale.forLanguageTag(c.language()));
    }

    static List<String> areaNames(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
