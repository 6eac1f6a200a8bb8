package it.convergo.proposal;

import it.convergo.base.BaseUrl;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisations;
import it.convergo.audit.AuditLog;
import it.convergo.base.RequestArrival;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengeLocks;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeRules;
import it.convergo.challenge.QuestionDef;
import it.convergo.notification.MailService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting: the atomic submission of the working copy as a new version with its receipt, the receipts of
 * every version, reopening and withdrawing until the deadline. A submission and the close of its challenge
 * take the same lock ({@link SubmittedProposals#lockForClosing}): every submission either made it into the
 * list the close took or is refused.
 */
@Service
public class ProposalSubmissions {

    private static final Duration LOCK_PATIENCE = Duration.ofMinutes(2);

    private final ProposalRepository proposals;
    private final ProposalSubmissionRepository submissions;
    private final ProposalFileStore files;
    private final ApplicantAccess access;
    private final DraftChecks checks;
    private final Challenges challenges;
    private final AccountService accounts;
    private final Organisations organisations;
    private final MailService mail;
    private final AuditLog audit;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final ChallengeLocks locks;
    private final SubmissionsInFlight inFlight;
    private final SubmissionGate gate;
    private final SubmissionReceipts receipts;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    ProposalSubmissions(ProposalRepository proposals, ProposalSubmissionRepository submissions, ProposalFileStore files,
                        ApplicantAccess access, DraftChecks checks, Challenges challenges, AccountService accounts,
                        Organisations organisations, MailService mail, AuditLog audit, Translations translations,
                        ApplicationEventPublisher events, Clock clock, @Value("${convergo.base-url}") String baseUrl,
                        ChallengeLocks locks, SubmissionsInFlight inFlight, SubmissionGate gate,
                        SubmissionReceipts receipts, PlatformTransactionManager transactions) {
        this.proposals = proposals;
        this.submissions = submissions;
        this.files = files;
        this.access = access;
        this.checks = checks;
        this.challenges = challenges;
        this.accounts = accounts;
        this.organisations = organisations;
        this.mail = mail;
        this.audit = audit;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
        this.locks = locks;
        this.inFlight = inFlight;
        this.gate = gate;
        this.receipts = receipts;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Submits the working copy as a new version, atomically: the version with its answers and files, the
     * content hash, what its receipt shows, the state, the e-mail and the {@link ProposalSubmitted} event are all
     * written in one transaction or not at all. Only the lead submits; the version must be the one the lead
     * saw (a second click finds a newer version, or an already submitted proposal, and is refused).
     * <p>
     * The deadline is judged by when the request arrived. The content is read in a short transaction, the
     * hash is made outside any, and the write transaction first takes the challenge's row lock (which the close
     * takes too), then checks that nothing changed in between and that the challenge still accepts the
     * submission. While it runs, the close of this challenge waits for it. The receipt PDF is rendered on its
     * first download ({@link #receipt}) from what was frozen here, so the deadline rush does not pay for it.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public SubmissionInfo submit(long id, long expectedVersion) {
        Instant arrival = RequestArrival.orNow(clock);
        try (SubmissionsInFlight.Ticket ticket = inFlight.arrive()) {
            return gate.pass(() -> {
                Prepared prepared = reading.execute(tx -> prepare(id, expectedVersion, arrival, ticket));
                String hash = ProposalDocuments.contentHash(prepared.snapshot());
                return whenLocked(() -> writing.execute(tx -> write(prepared, expectedVersion, arrival, hash)));
            });
        }
    }

    /**
     * Runs a write transaction that takes the challenge's lock again when waiting for it timed out (H2 waits
     * one second, InnoDB 50): the close may hold it for long with many proposals; the retry then finds the
     * challenge closed and refuses, or goes through. Nothing was written by the timed-out attempt.
     */
    private static <T> T whenLocked(Supplier<T> write) {
        long giveUp = System.nanoTime() + LOCK_PATIENCE.toNanos();
        while (true) {
            try {
                return write.get();
            } catch (QueryTimeoutException | PessimisticLockingFailureException e) {
                if (System.nanoTime() > giveUp) {
                    throw e;
                }
            }
        }
    }

    /** What a submission writes, read and checked in the short read transaction. */
    private record Prepared(long proposalId, long challengeId, int number, ProposalDocuments.Snapshot snapshot,
                            List<ProposalSubmission.SubmittedAnswer> answers, Locale locale, String challengeTitle) {
    }

    private Prepared prepare(long id, long expectedVersion, Instant arrival, SubmissionsInFlight.Ticket ticket) {
        Proposal p = access.mine(id);
        ticket.challenge(p.challengeId);
        access.requireLead(p);
        ChallengeRules c = challenges.rules(p.challengeId);
        access.requireOpen(p, c, arrival);
        if (!p.isEditable()) {
            throw new UserFacingException("proposal.error.alreadySubmitted");
        }
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Proposal.class, id);
        }
        List<AttachedFile> attached = files.inDraft(id);
        if (!checks.missing(p, c, attached).isEmpty()) {
            throw new UserFacingException("proposal.error.incomplete");
        }
        Locale locale = accounts.preferredLocale().map(Translations::supported).orElse(Translations.ITALIAN);
        ProposalDocuments.Snapshot snapshot = ProposalDocuments.Snapshot.of(p, c,
                organisations.name(p.organisationId).orElse(""), attached);
        return new Prepared(id, p.challengeId, p.submissionVersion + 1, snapshot, ProposalDocuments.answersOf(p, c), locale,
                c.title());
    }

    private SubmissionInfo write(Prepared prepared, long expectedVersion, Instant arrival, String hash) {
        long id = prepared.proposalId();
        if (!locks.lockOpenForSubmission(prepared.challengeId(), arrival)) {
            throw access.notOpen(challenges.rules(prepared.challengeId()), arrival);
        }
        Proposal p = proposals.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!p.isEditable()) {
            throw new UserFacingException("proposal.error.alreadySubmitted");
        }
        List<AttachedFile> attached = prepared.snapshot().files();
        if (p.getVersion() != expectedVersion || !files.inDraft(id).equals(attached)) {
            throw new ObjectOptimisticLockingFailureException(Proposal.class, id);
        }
        AccountPrincipal user = CurrentUser.require();
        int number = prepared.number();
        ProposalSubmission s = new ProposalSubmission(id, number, arrival, user.userId());
        s.stage = p.stage;
        s.contentHash = hash;
        s.title = p.title;
        s.acronym = p.acronym;
        s.abstractText = p.abstractText;
        s.teamText = p.teamText;
        s.budget = p.budget;
        s.budgetText = p.budgetText;
        s.trlNow = p.trlNow;
        s.trlTarget = p.trlTarget;
        s.areas = String.join(",", prepared.snapshot().areas());
        s.answers.addAll(prepared.answers());
        attached.forEach(f -> s.fileIds.add(f.id()));
        s.challengeTitle = Texts.clip(prepared.challengeTitle(), 300);
        s.organisationName = Texts.clip(prepared.snapshot().organisationName(), 300);
        s.receiptLocale = prepared.locale().toLanguageTag();
        submissions.save(s);

        p.status = p.status == ProposalStatus.DRAFT ? ProposalStatus.SUBMITTED : p.status;
        p.editing = false;
        p.submittedAt = arrival;
        p.submissionVersion = number;
        p.contentHash = hash;
        p.updatedAt = clock.instant();
        p.updatedBy = user.fullName();
        proposals.saveAndFlush(p);
        submissions.flush();
        events.publishEvent(new ProposalSubmitted(id, p.challengeId, number));
        Locale locale = prepared.locale();
        mail.send(user.email(), locale, "proposalSubmitted", p.title, prepared.challengeTitle(), Times.format(arrival, locale),
                hash, baseUrl + "/my-proposals", number);
        audit.record("proposal.submitted", p.subject(), "version " + number + " " + p.stage + " " + hash);
        return new SubmissionInfo(number, arrival, hash, s.stage);
    }

    /** Every submitted version of one of the applicant's proposals, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<SubmissionInfo> submissions(long id) {
        access.mine(id);
        return submissions.history(id);
    }

    /**
     * The version of one of the applicant's proposals that counts (the latest submitted) exactly as it was
     * sent, with question labels in {@code locale}; empty when it was never submitted.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Optional<SubmittedVersion> lastSubmitted(long id, Locale locale) {
        Proposal p = access.mine(id);
        if (p.submissionVersion <= 0) {
            return Optional.empty();
        }
        ProposalSubmission s = submissions.findByProposalIdAndNumber(id, p.submissionVersion)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        List<QuestionDef> questions = challenges.rules(p.challengeId).form().questions();
        IntFunction<String> label = pos -> pos >= 0 && pos < questions.size() ? questions.get(pos).label(locale) : "";
        List<ProposalContent.Answer> answers = s.answers.stream().map(a -> {
            String shown = label.apply(a.pos);
            return new ProposalContent.Answer(shown.isBlank() ? a.question : shown, a.answer == null ? "" : a.answer);
        }).toList();
        List<ProposalContent.FileInfo> attached = files.byIds(s.fileIds).stream().map(f -> new ProposalContent.FileInfo(
                f.id(), f.fileName(), f.sizeBytes(), f.pages(), f.sha256(), label.apply(f.questionPos()))).toList();
        Set<TechnologyArea> areas = EnumSet.noneOf(TechnologyArea.class);
        SubmittedProposals.areaNames(s.areas).forEach(a -> areas.add(TechnologyArea.valueOf(a)));
        return Optional.of(new SubmittedVersion(s.number, s.submittedAt, s.contentHash, s.title, Texts.orEmpty(s.acronym),
                Texts.orEmpty(s.abstractText), Texts.orEmpty(s.teamText), s.budget, Texts.orEmpty(s.budgetText), s.trlNow,
                s.trlTarget, areas, answers, attached));
    }

    /**
     * The receipt PDF of a submitted version (0 = the latest): rendered on the first download from what the
     * submission froze (challenge title, organisation name, language, the files' facts), then kept, so every
     * download gives the same document.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public Download receipt(long id, int number) {
        Proposal p = access.mine(id);
        p.refuseIfPurged();
        int n = number <= 0 ? p.submissionVersion : number;
        ProposalSubmission s = submissions.findByProposalIdAndNumber(id, n)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        byte[] pdf = receipts.find(s.getId()).orElseGet(() -> receipts.keep(s.getId(), render(p, s), clock.instant()));
        return new Download("receipt-" + id + "-v" + n + ".pdf", "application/pdf", pdf);
    }

    private byte[] render(Proposal p, ProposalSubmission s) {
        String challengeTitle = s.challengeTitle != null ? s.challengeTitle : challenges.rules(p.challengeId).title();
        String organisation = s.organisationName != null ? s.organisationName : organisations.name(p.organisationId).orElse("");
        Locale locale = s.receiptLocale != null ? Translations.supported(Locale.forLanguageTag(s.receiptLocale)) : Translations.ITALIAN;
        ProposalDocuments.Snapshot snapshot = new ProposalDocuments.Snapshot(p.getId(), challengeTitle, organisation, s.title,
                s.acronym, s.abstractText, s.teamText, s.budget, s.budgetText, s.trlNow, s.trlTarget,
                SubmittedProposals.areaNames(s.areas), List.of(), files.byIds(s.fileIds));
        ProposalStage stage = challenges.rules(p.challengeId).stages().twoStage() ? s.stage : null;
        return ProposalDocuments.receipt(translations, locale, snapshot, s.number, s.submittedAt, s.contentHash, stage);
    }

    /**
     * Reopens a submitted proposal for changes until the deadline. The last submission still counts until
     * the lead resubmits (a new version) or withdraws.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void reopen(long id) {
        Proposal p = access.mine(id);
        access.requireLead(p);
        access.requireOpen(p, challenges.rules(p.challengeId));
        if (p.status != ProposalStatus.SUBMITTED) {
            throw new UserFacingException("proposal.error.notSubmitted");
        }
        if (!p.editing) {
            p.editing = true;
            p.updatedAt = clock.instant();
            proposals.saveAndFlush(p);
            audit.record("proposal.reopened", p.subject(), null);
        }
    }

    /** Withdraws a proposal until the deadline; it no longer counts and cannot be reopened. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void withdraw(long id) {
        Proposal p = access.mine(id);
        access.requireLead(p);
        access.requireOpen(p, challenges.rules(p.challengeId));
        if (p.status != ProposalStatus.DRAFT && p.status != ProposalStatus.SUBMITTED) {
            throw new UserFacingException("proposal.error.notWithdrawable");
        }
        p.status = ProposalStatus.WITHDRAWN;
        p.editing = false;
        p.withdrawnAt = clock.instant();
        p.updatedAt = p.withdrawnAt;
        proposals.saveAndFlush(p);
        audit.record("proposal.withdrawn", p.subject(), null);
    }
}
