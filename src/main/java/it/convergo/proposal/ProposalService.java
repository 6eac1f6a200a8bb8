package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisation;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.base.RequestArrival;
import it.convergo.challenge.ChallengeLocks;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.DeadlineChanged;
import it.convergo.challenge.FormDefinition;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.document.PdfAnonymiser;
import it.convergo.document.PdfFacts;
import it.convergo.document.PdfInspector;
import it.convergo.notification.MailService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposals: the applicant's draft, team, files, checklist, atomic submission with receipt, reopening and
 * withdrawal until the deadline; the firm's reading after the challenge closes; the read API of the
 * evaluation feature. Every applicant and firm method checks on the server who is asking; a foreign id
 * answers "not found", so ids cannot be probed. Every change is refused once the challenge's closing
 * instant has passed, whatever the browser shows.
 */
@Service
public class ProposalService {

    private static final Set<ProposalStatus> SUBMITTED_STATES = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBLE,
            ProposalStatus.NOT_ELIGIBLE, ProposalStatus.UNDER_EVALUATION, ProposalStatus.DECIDED);
    private static final Set<ProposalStatus> OUTCOMES = EnumSet.of(ProposalStatus.ELIGIBLE, ProposalStatus.NOT_ELIGIBLE,
            ProposalStatus.UNDER_EVALUATION, ProposalStatus.DECIDED);
    private static final Duration LOCK_PATIENCE = Duration.ofMinutes(2);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PATH_CHARS = Pattern.compile(".*([/\\\\]|\\.\\.|\\p{Cntrl}).*");

    private final ProposalRepository proposals;
    private final ProposalSubmissionRepository submissions;
    private final ProposalMemberRepository members;
    private final ProposalFileStore files;
    private final Challenges challenges;
    private final AccountService accounts;
    private final PdfInspector inspector;
    private final MailService mail;
    private final AuditLog audit;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final ChallengeLocks locks;
    private final SubmissionsInFlight inFlight;
    private final UploadLimit uploadLimit;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    ProposalService(ProposalRepository proposals, ProposalSubmissionRepository submissions, ProposalMemberRepository members,
                    ProposalFileStore files, Challenges challenges, AccountService accounts, PdfInspector inspector,
                    MailService mail, AuditLog audit, Translations translations, ApplicationEventPublisher events, Clock clock,
                    @Value("${convergo.base-url}") String baseUrl, ChallengeLocks locks, SubmissionsInFlight inFlight,
                    UploadLimit uploadLimit, PlatformTransactionManager transactions) {
        this.proposals = proposals;
        this.submissions = submissions;
        this.members = members;
        this.files = files;
        this.challenges = challenges;
        this.accounts = accounts;
        this.inspector = inspector;
        this.mail = mail;
        this.audit = audit;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.locks = locks;
        this.inFlight = inFlight;
        this.uploadLimit = uploadLimit;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    // ================================================================ applicant: start, edit, files

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
        requireOpen(c);
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
        Proposal p = new Proposal(challengeId, c.title(), c.closesAt(), org.getId(), user.userId(), now);
        p.areas.addAll(c.areas());
        p.trlNow = c.trlMin();
        p.trlTarget = c.trlMax();
        p.updatedBy = user.fullName();
        p = proposals.saveAndFlush(p);
        audit.record("proposal.started", subject(p), c.title());
        return p.getId();
    }

    /** The proposal's fields as the form shows them, with the version they were read at. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public ProposalDraft draft(long id) {
        return toDraft(mine(id));
    }

    /** State, deadline, lead and last save of one of the applicant's proposals. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public ProposalOverview overview(long id) {
        Proposal p = mine(id);
        AccountPrincipal user = CurrentUser.require();
        String lead = proposals.person(p.leadUserId).map(ProposalRepository.Person::fullName).orElse("");
        return new ProposalOverview(p.getId(), p.challengeId, p.challengeTitle, p.challengeClosesAt, p.status, p.editing,
                proposals.organisationName(p.organisationId).orElse(""), lead, p.leadUserId == user.userId(),
                p.submissionVersion, p.submittedAt, p.contentHash, p.outcomeNote, p.updatedAt, p.updatedBy,
                isOpen(p.challengeId), p.getVersion());
    }

    /** The challenge a proposal answers, as published (the form, limits, dates). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public ChallengeView challengeOf(long id) {
        return challenges.view(mine(id).challengeId);
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
        Proposal p = editable(d.getId());
        if (p.getVersion() != d.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Proposal.class, p.getId());
        }
        ChallengeView c = challenges.view(p.challengeId);
        validate(d, c.form());
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

    /**
     * Checks an uploaded PDF (already streamed to a temporary file) and stores it for a PDF question of the
     * form ({@code questionPos}) or as a general attachment (null). A file for the same question replaces the
     * previous one. The caller deletes the temporary file. The PDF is inspected and hashed between two short
     * transactions (where it goes, then the write), so no connection is held during the CPU work.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachedFile upload(long id, Integer questionPos, String fileName, Path content) {
        Instant arrival = RequestArrival.orNow(clock);
        String trimmed = fileName == null ? "" : fileName.trim();
        if (PATH_CHARS.matcher(trimmed).matches()) {
            throw new UserFacingException("proposal.error.fileName");
        }
        String name = PdfInspector.safeFileName(trimmed);
        int[] target = reading.execute(tx -> uploadTarget(editable(id, arrival), questionPos));
        int pos = target[0];
        PdfFacts facts = inspector.inspect(content, uploadLimit.fileBytes(), target[1]);
        AccountPrincipal user = CurrentUser.require();
        return writing.execute(tx -> {
            Proposal p = editable(id, arrival);
            uploadTarget(p, questionPos);
            if (pos >= 0) {
                files.inDraft(id).stream().filter(f -> f.questionPos() == pos).forEach(f -> dropFromDraft(f.id()));
            }
            Instant now = clock.instant();
            long fileId = files.insert(id, pos, name, facts, content, user.userId(), now);
            audit.record("proposal.fileUploaded", subject(p), name + " " + facts.sha256());
            return new AttachedFile(fileId, pos, name, facts.size(), facts.pages(), facts.sha256(), now);
        });
    }

    /** Where an upload goes: {position of the PDF question or -1, page limit}; refuses a full list of general files. */
    private int[] uploadTarget(Proposal p, Integer questionPos) {
        FormDefinition form = challenges.view(p.challengeId).form();
        if (questionPos != null && questionPos >= 0) {
            if (questionPos >= form.questions().size() || form.questions().get(questionPos).type() != QuestionType.PDF_UPLOAD) {
                throw new UserFacingException("error.notFound");
            }
            Integer pages = form.questions().get(questionPos).maxPages();
            return new int[] {questionPos, pages == null ? 0 : pages};
        }
        if (files.inDraft(p.getId()).stream().filter(f -> f.questionPos() < 0).count() >= ProposalLimits.GENERAL_FILES) {
            throw new UserFacingException("proposal.error.tooManyFiles", ProposalLimits.GENERAL_FILES);
        }
        return new int[] {-1, ProposalLimits.GENERAL_PAGES};
    }

    /** The largest PDF accepted: 20 MB, or less when the database cannot store that much in one statement. */
    public long maxFileBytes() {
        return uploadLimit.fileBytes();
    }

    /** Removes a file from the working copy (submitted versions keep theirs). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeFile(long id, long fileId) {
        Proposal p = editable(id);
        ProposalFileStore.Row row = files.row(fileId).filter(r -> r.proposalId() == id)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        dropFromDraft(row.id());
        audit.record("proposal.fileRemoved", subject(p), row.file().fileName());
    }

    /** The files of the working copy. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<AttachedFile> files(long id) {
        mine(id);
        return files.inDraft(id);
    }

    /** A file of one of the applicant's proposals (working copy or an earlier submission), checked against its hash. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Download myFile(long id, long fileId) {
        mine(id);
        ProposalFileStore.Row row = files.row(fileId).filter(r -> r.proposalId() == id)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        return files.download(row);
    }

    // ================================================================ applicant: team

    /** Team members invited by e-mail (colleagues of the organisation see the proposal anyway). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<String> members(long id) {
        mine(id);
        return members.findByProposalIdOrderByEmail(id).stream().map(m -> m.email).toList();
    }

    /** The lead invites a team member by e-mail, who can then edit the draft (but not submit). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void invite(long id, String email) {
        Proposal p = editable(id);
        requireLead(p);
        String address = AccountService.normaliseEmail(email);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new UserFacingException("proposal.error.email");
        }
        if (members.existsByProposalIdAndEmail(id, address)) {
            return;
        }
        if (members.countByProposalId(id) >= ProposalLimits.MEMBERS) {
            throw new UserFacingException("proposal.error.tooManyMembers", ProposalLimits.MEMBERS);
        }
        AccountPrincipal user = CurrentUser.require();
        members.save(new ProposalMember(id, address, user.userId(), clock.instant()));
        Locale locale = proposals.people(List.of(address)).stream().findFirst().map(ProposalService::localeOf)
                .orElse(Translations.ITALIAN);
        mail.send(address, locale, "proposalInvitation", user.fullName(), p.challengeTitle, baseUrl + "/proposals/" + id,
                Times.format(p.challengeClosesAt, locale));
        audit.record("proposal.memberInvited", subject(p), address);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeMember(long id, String email) {
        Proposal p = editable(id);
        requireLead(p);
        members.findByProposalIdAndEmail(id, AccountService.normaliseEmail(email)).ifPresent(m -> {
            members.delete(m);
            audit.record("proposal.memberRemoved", subject(p), m.email);
        });
    }

    // ================================================================ applicant: checklist, submit, reopen, withdraw

    /** What is still missing before the proposal can be submitted (empty: ready). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<MissingItem> missing(long id) {
        Proposal p = mine(id);
        return missing(p, challenges.view(p.challengeId), files.inDraft(id));
    }

    /**
     * Submits the working copy as a new version, atomically: the version with its answers and files, the
     * content hash, the receipt PDF, the state, the e-mail and the {@link ProposalSubmitted} event are all
     * written in one transaction or not at all. Only the lead submits; the version must be the one the lead
     * saw (a second click finds a newer version, or an already submitted proposal, and is refused).
     * <p>
     * The deadline is judged by when the request arrived. The content is read in a short transaction, the
     * hash and receipt are made outside any, and the write transaction first takes the challenge's row lock
     * (which the close takes too), then checks that nothing changed in between and that the challenge still
     * accepts the submission. While it runs, the close of this challenge waits for it.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public SubmissionInfo submit(long id, long expectedVersion) {
        Instant arrival = RequestArrival.orNow(clock);
        try (SubmissionsInFlight.Ticket ticket = inFlight.arrive()) {
            PreparedSubmission prepared = reading.execute(tx -> prepareSubmission(id, expectedVersion, arrival, ticket));
            String hash = ProposalDocuments.contentHash(prepared.snapshot());
            byte[] receipt = ProposalDocuments.receipt(translations, prepared.locale(), prepared.snapshot(), prepared.number(),
                    arrival, hash);
            return whenLocked(() -> writing.execute(tx -> writeSubmission(prepared, expectedVersion, arrival, hash, receipt)));
        }
    }

    /**
     * Runs a write transaction that takes the challenge's lock again when waiting for it timed out (H2 waits
     * one second, InnoDB 50): the close may hold it for long with many proposals; the retry then finds the
     * challenge closed and refuses, or goes through. Nothing was written by the timed-out attempt.
     */
    private <T> T whenLocked(java.util.function.Supplier<T> write) {
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
    private record PreparedSubmission(long proposalId, long challengeId, int number, ProposalDocuments.Snapshot snapshot,
                                      List<ProposalSubmission.SubmittedAnswer> answers, Locale locale, String challengeTitle) {
    }

    private PreparedSubmission prepareSubmission(long id, long expectedVersion, Instant arrival, SubmissionsInFlight.Ticket ticket) {
        Proposal p = mine(id);
        ticket.challenge(p.challengeId);
        requireLead(p);
        ChallengeView c = challenges.view(p.challengeId);
        requireOpen(c, arrival);
        if (!p.isEditable()) {
            throw new UserFacingException("proposal.error.alreadySubmitted");
        }
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Proposal.class, id);
        }
        List<AttachedFile> attached = files.inDraft(id);
        if (!missing(p, c, attached).isEmpty()) {
            throw new UserFacingException("proposal.error.incomplete");
        }
        List<ProposalSubmission.SubmittedAnswer> answers = new ArrayList<>();
        List<QuestionDef> questions = c.form().questions();
        Locale formLocale = Locale.forLanguageTag(c.language());
        for (int i = 0; i < questions.size(); i++) {
            String answer = p.answers.get(i);
            if (questions.get(i).type() != QuestionType.PDF_UPLOAD && answer != null) {
                answers.add(new ProposalSubmission.SubmittedAnswer(i, clip(questions.get(i).label(formLocale), 300), answer));
            }
        }
        Locale locale = accounts.preferredLocale().map(Translations::supported).orElse(Translations.ITALIAN);
        return new PreparedSubmission(id, p.challengeId, p.submissionVersion + 1, snapshot(p, c, attached, false), answers,
                locale, c.title());
    }

    private SubmissionInfo writeSubmission(PreparedSubmission prepared, long expectedVersion, Instant arrival, String hash,
                                           byte[] receipt) {
        long id = prepared.proposalId();
        if (!locks.lockOpenForSubmission(prepared.challengeId(), arrival)) {
            throw notOpen(challenges.view(prepared.challengeId()), arrival);
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
        s.receipt = receipt;
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
        audit.record("proposal.submitted", subject(p), "version " + number + " " + hash);
        return new SubmissionInfo(number, arrival, hash);
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

    /**
     * Reopens a submitted proposal for changes until the deadline. The last submission still counts until
     * the lead resubmits (a new version) or withdraws.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void reopen(long id) {
        Proposal p = mine(id);
        requireLead(p);
        requireOpen(challenges.view(p.challengeId));
        if (p.status != ProposalStatus.SUBMITTED) {
            throw new UserFacingException("proposal.error.notSubmitted");
        }
        if (!p.editing) {
            p.editing = true;
            p.updatedAt = clock.instant();
            proposals.saveAndFlush(p);
            audit.record("proposal.reopened", subject(p), null);
        }
    }

    /** Withdraws a proposal until the deadline; it no longer counts and cannot be reopened. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void withdraw(long id) {
        Proposal p = mine(id);
        requireLead(p);
        requireOpen(challenges.view(p.challengeId));
        if (p.status != ProposalStatus.DRAFT && p.status != ProposalStatus.SUBMITTED) {
            throw new UserFacingException("proposal.error.notWithdrawable");
        }
        p.status = ProposalStatus.WITHDRAWN;
        p.editing = false;
        p.withdrawnAt = clock.instant();
        p.updatedAt = p.withdrawnAt;
        proposals.saveAndFlush(p);
        audit.record("proposal.withdrawn", subject(p), null);
    }

    // ================================================================ applicant: lists and documents

    /** "My proposals": the organisation's and those the user was invited to, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<ProposalRow> mine(Pageable pageable) {
        AccountPrincipal user = CurrentUser.require();
        return proposals.mine(orgOf(user), user.email(), pageable);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public long countMine() {
        AccountPrincipal user = CurrentUser.require();
        return proposals.countMine(orgOf(user), user.email());
    }

    /** Every submitted version of one of the applicant's proposals, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<SubmissionInfo> submissions(long id) {
        mine(id);
        return submissions.history(id);
    }

    /** The receipt PDF of a submitted version (0 = the latest). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Download receipt(long id, int number) {
        Proposal p = mine(id);
        int n = number <= 0 ? p.submissionVersion : number;
        ProposalSubmission s = submissions.findByProposalIdAndNumber(id, n)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        return new Download("receipt-" + id + "-v" + n + ".pdf", "application/pdf", s.receipt.clone());
    }

    /** The whole proposal as one PDF: the latest submission if any, else the working copy. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Download myDossier(long id) {
        Proposal p = mine(id);
        if (p.submissionVersion > 0) {
            return new Download("proposal-" + id + ".pdf", "application/pdf", dossier(id, false));
        }
        ChallengeView c = challenges.view(p.challengeId);
        List<AttachedFile> attached = files.inDraft(id);
        ProposalDocuments.Snapshot s = snapshot(p, c, attached, true);
        List<byte[]> pdfs = attached.stream().map(f -> files.read(f.id())).toList();
        return new Download("proposal-" + id + "-draft.pdf", "application/pdf",
                ProposalDocuments.dossier(translations, readerLocale(), s, pdfs, false, clock.instant()));
    }

    // ================================================================ the firm, after closing

    /** Submitted proposals of one of the firm's challenges, once it has closed; never drafts. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ProposalRow> forFirm(long challengeId, Pageable pageable) {
        firmMayRead(challengeId);
        return proposals.submittedTo(challengeId, SUBMITTED_STATES, pageable);
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countForFirm(long challengeId) {
        firmMayRead(challengeId);
        return proposals.countSubmittedTo(challengeId, SUBMITTED_STATES);
    }

    /** One submitted proposal of the firm's closed challenge, as submitted (latest version). */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ProposalContent forFirm(long proposalId) {
        firmProposal(proposalId);
        return content(proposalId, false);
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Download fileForFirm(long proposalId, long fileId) {
        Proposal p = firmProposal(proposalId);
        if (!latest(p).fileIds.contains(fileId)) {
            throw new UserFacingException("error.notFound");
        }
        return files.download(files.row(fileId).orElseThrow(() -> new UserFacingException("error.notFound")));
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Download dossierForFirm(long proposalId) {
        firmProposal(proposalId);
        return new Download("proposal-" + proposalId + ".pdf", "application/pdf", dossier(proposalId, false));
    }

    // ================================================================ read API for the evaluation feature (no access checks)

    /** SUBMITTED or later, never DRAFT or WITHDRAWN, in submission order. */
    @Transactional(readOnly = true)
    public List<ProposalSummary> submittedTo(long challengeId) {
        return proposals.idsSubmittedTo(challengeId, SUBMITTED_STATES).stream().map(this::summary).toList();
    }

    /** The latest submitted version of a proposal; "not found" for drafts and unknown ids. */
    @Transactional(readOnly = true)
    public ProposalSummary summary(long proposalId) {
        Proposal p = submittedProposal(proposalId);
        ProposalSubmission s = latest(p);
        return summaryOf(p, s, false);
    }

    @Transactional(readOnly = true)
    public ProposalContent content(long proposalId, boolean anonymised) {
        Proposal p = submittedProposal(proposalId);
        ProposalSubmission s = latest(p);
        List<ProposalContent.Answer> answers = s.answers.stream()
                .map(a -> new ProposalContent.Answer(a.question, a.answer)).toList();
        ChallengeView c = challenges.view(p.challengeId);
        List<ProposalContent.FileInfo> infos = files.byIds(s.fileIds).stream().map(f -> new ProposalContent.FileInfo(f.id(),
                anonymised ? ProposalDocuments.neutralName(f.id()) : f.fileName(), f.sizeBytes(), f.pages(), f.sha256(),
                questionLabel(c, f.questionPos()))).toList();
        return new ProposalContent(summaryOf(p, s, anonymised), answers, infos, anonymised ? "" : nullToEmpty(s.teamText),
                nullToEmpty(s.budgetText), s.trlNow, s.trlTarget);
    }

    /** A file of the latest submission, checked against its hash; anonymised: rewritten by {@link PdfAnonymiser}. */
    @Transactional(readOnly = true)
    public byte[] file(long proposalId, long fileId, boolean anonymised) {
        Proposal p = submittedProposal(proposalId);
        if (!latest(p).fileIds.contains(fileId)) {
            throw new UserFacingException("error.notFound");
        }
        byte[] bytes = files.read(fileId);
        return anonymised ? PdfAnonymiser.anonymise(bytes) : bytes;
    }

    /** The form answers as a report, followed by the attached PDFs, merged into one document. */
    @Transactional(readOnly = true)
    public byte[] dossier(long proposalId, boolean anonymised) {
        Proposal p = submittedProposal(proposalId);
        ProposalSubmission s = latest(p);
        ChallengeView c = challenges.view(p.challengeId);
        List<AttachedFile> stored = files.byIds(s.fileIds);
        List<AttachedFile> attached = anonymised ? stored.stream().map(ProposalDocuments::neutral).toList() : stored;
        ProposalDocuments.Snapshot snap = new ProposalDocuments.Snapshot(p.getId(), c.title(),
                anonymised ? "" : proposals.organisationName(p.organisationId).orElse(""), s.title, s.acronym, s.abstractText,
                anonymised ? "" : s.teamText, s.budget, s.budgetText, s.trlNow, s.trlTarget, areaNames(s.areas),
                s.answers.stream().map(a -> new ProposalContent.Answer(a.question, a.answer)).toList(), attached);
        List<byte[]> pdfs = attached.stream().map(f -> {
            byte[] b = files.read(f.id());
            return anonymised ? PdfAnonymiser.anonymise(b) : b;
        }).toList();
        byte[] dossier = ProposalDocuments.dossier(translations, readerLocale(), snap, pdfs, anonymised, clock.instant());
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
        proposals.organisationName(p.organisationId).ifPresent(terms::add);
        proposals.organisationVat(p.organisationId).ifPresent(terms::add);
        terms.addAll(files.namesOf(proposalId));
        proposals.person(p.leadUserId).ifPresent(u -> {
            terms.add(u.fullName());
            terms.add(u.email());
        });
        List<String> emails = members.findByProposalIdOrderByEmail(proposalId).stream().map(m -> m.email).toList();
        terms.addAll(emails);
        if (!emails.isEmpty()) {
            proposals.people(emails).forEach(u -> terms.add(u.fullName()));
        }
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
        Proposal p = submittedProposal(proposalId);
        p.status = status;
        p.editing = false;
        p.outcomeNote = note == null || note.isBlank() ? null : clip(note.trim(), ProposalLimits.NOTE);
        p.outcomeAt = clock.instant();
        proposals.saveAndFlush(p);
        audit.record("proposal.outcome", subject(p), status + (p.outcomeNote == null ? "" : ": " + p.outcomeNote));
    }

    // ================================================================ events

    /** Keeps the copy of the closing time that "My proposals" shows in step with the challenge. */
    @EventListener
    @Transactional
    public void on(DeadlineChanged changed) {
        proposals.deadlineChanged(changed.challengeId(), changed.closesAt());
    }

    // ================================================================ internals

    /** One of the signed-in applicant's proposals: their organisation's or one they were invited to. */
    private Proposal mine(long id) {
        AccountPrincipal user = CurrentUser.require();
        Proposal p = proposals.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean ownOrganisation = user.organisationId() != null && user.organisationId() == p.organisationId;
        if (!user.has(Role.APPLICANT) || !(ownOrganisation || members.existsByProposalIdAndEmail(id, user.email()))) {
            throw new UserFacingException("error.notFound");
        }
        return p;
    }

    private Proposal editable(long id) {
        return editable(id, RequestArrival.orNow(clock));
    }

    private Proposal editable(long id, Instant arrival) {
        Proposal p = mine(id);
        requireOpen(challenges.view(p.challengeId), arrival);
        if (!p.isEditable()) {
            throw new UserFacingException(p.status == ProposalStatus.SUBMITTED ? "proposal.error.reopenFirst"
                    : "proposal.error.notEditable");
        }
        return p;
    }

    private void requireLead(Proposal p) {
        if (p.leadUserId != CurrentUser.require().userId()) {
            throw new UserFacingException("proposal.error.leadOnly");
        }
    }

    /** Refuses a change when the request arrived outside the challenge's opening window. */
    private void requireOpen(ChallengeView c) {
        requireOpen(c, RequestArrival.orNow(clock));
    }

    private void requireOpen(ChallengeView c, Instant now) {
        if (!challenges.isOpenForSubmission(c.id(), now)) {
            throw notOpen(c, now);
        }
    }

    /** The refusal for a request that arrived at {@code now}: after the deadline, closed early, or not open yet. */
    private UserFacingException notOpen(ChallengeView c, Instant now) {
        Locale locale = readerLocale();
        if (c.closesAt() != null && !now.isBefore(c.closesAt())) {
            return new UserFacingException("proposal.error.closed", Times.format(c.closesAt(), locale));
        }
        if (c.status() == ChallengeStatus.CLOSED || c.status() == ChallengeStatus.DECIDED) {
            return new UserFacingException("proposal.error.closedEarly");
        }
        return new UserFacingException("proposal.error.notOpen", Times.format(c.opensAt(), locale));
    }

    private boolean isOpen(long challengeId) {
        return challenges.isOpenForSubmission(challengeId, clock.instant());
    }

    private void firmMayRead(long challengeId) {
        AccountPrincipal user = CurrentUser.require();
        ChallengeView c;
        try {
            c = challenges.view(challengeId);
        } catch (UserFacingException e) {
            throw new UserFacingException("error.notFound");
        }
        boolean own = user.has(Role.FIRM_MANAGER) && user.organisationId() != null && user.organisationId() == c.firmId();
        if (!own && !user.has(Role.ADMIN)) {
            throw new UserFacingException("error.notFound");
        }
        boolean closed = c.status() == ChallengeStatus.CLOSED || c.status() == ChallengeStatus.DECIDED
                || c.closesAt() != null && !clock.instant().isBefore(c.closesAt());
        if (!closed) {
            throw new UserFacingException("proposal.error.firmBeforeClose", Times.format(c.closesAt(), readerLocale()));
        }
    }

    private Proposal firmProposal(long proposalId) {
        Proposal p = proposals.findById(proposalId).filter(x -> x.status.isSubmitted())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        firmMayRead(p.challengeId);
        return p;
    }

    private Proposal submittedProposal(long proposalId) {
        return proposals.findById(proposalId).filter(p -> p.status.isSubmitted() && p.submissionVersion > 0)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private ProposalSubmission latest(Proposal p) {
        return submissions.findByProposalIdAndNumber(p.getId(), p.submissionVersion)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private ProposalSummary summaryOf(Proposal p, ProposalSubmission s, boolean anonymised) {
        Set<TechnologyArea> areas = EnumSet.noneOf(TechnologyArea.class);
        areaNames(s.areas).forEach(a -> areas.add(TechnologyArea.valueOf(a)));
        return new ProposalSummary(p.getId(), p.challengeId, anonymised ? 0 : p.organisationId,
                anonymised ? "" : proposals.organisationName(p.organisationId).orElse(""), s.title, nullToEmpty(s.acronym),
                nullToEmpty(s.abstractText), areas, p.status, s.submittedAt, s.contentHash, s.number);
    }

    private ProposalDocuments.Snapshot snapshot(Proposal p, ChallengeView c, List<AttachedFile> attached, boolean draft) {
        List<QuestionDef> questions = c.form().questions();
        Locale formLocale = Locale.forLanguageTag(c.language());
        List<ProposalContent.Answer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = p.answers.get(i);
            if (questions.get(i).type() != QuestionType.PDF_UPLOAD && answer != null) {
                answers.add(new ProposalContent.Answer(clip(questions.get(i).label(formLocale), 300), answer));
            }
        }
        List<String> areas = p.areas.stream().sorted().map(Enum::name).toList();
        return new ProposalDocuments.Snapshot(p.getId(), c.title(), proposals.organisationName(p.organisationId).orElse(""),
                nullToEmpty(p.title), p.acronym, p.abstractText, p.teamText, p.budget, p.budgetText, p.trlNow, p.trlTarget,
                areas, answers, attached);
    }

    private List<MissingItem> missing(Proposal p, ChallengeView c, List<AttachedFile> attached) {
        List<MissingItem> missing = new ArrayList<>();
        if (blank(p.title)) {
            missing.add(new MissingItem("proposal.missing.title", null));
        }
        if (blank(p.acronym)) {
            missing.add(new MissingItem("proposal.missing.acronym", null));
        }
        if (blank(p.abstractText)) {
            missing.add(new MissingItem("proposal.missing.abstract", null));
        }
        if (blank(p.teamText)) {
            missing.add(new MissingItem("proposal.missing.team", null));
        }
        if (p.areas.isEmpty()) {
            missing.add(new MissingItem("proposal.missing.areas", null));
        }
        if (p.trlNow < 1 || p.trlTarget > 9 || p.trlTarget < p.trlNow) {
            missing.add(new MissingItem("proposal.missing.trl", null));
        }
        if (p.budget == null) {
            missing.add(new MissingItem("proposal.missing.budget", null));
        }
        List<QuestionDef> questions = c.form().questions();
        Locale locale = readerLocale();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDef q = questions.get(i);
            if (!q.required()) {
                continue;
            }
            int pos = i;
            boolean answered = q.type() == QuestionType.PDF_UPLOAD
                    ? attached.stream().anyMatch(f -> f.questionPos() == pos) : !blank(p.answers.get(i));
            if (!answered) {
                missing.add(new MissingItem(q.type() == QuestionType.PDF_UPLOAD ? "proposal.missing.file" : "proposal.missing.question",
                        q.label(locale)));
            }
        }
        if (c.ndaRequired() && !challenges.hasAcceptedNda(c.id(), p.leadUserId)) {
            missing.add(new MissingItem("proposal.missing.nda", null));
        }
        return missing;
    }

    /** Refuses text over the form's limits and values the form does not offer; nothing is written then. */
    private void validate(ProposalDraft d, FormDefinition form) {
        Locale locale = readerLocale();
        length(d.getTitle(), form.titleMax(), translations.get("proposal.field.title", locale));
        length(d.getAcronym(), form.acronymMax(), translations.get("proposal.field.acronym", locale));
        length(d.getAbstractText(), form.abstractMax(), translations.get("proposal.field.abstract", locale));
        length(d.getTeamText(), ProposalLimits.TEAM, translations.get("proposal.field.team", locale));
        length(d.getBudgetText(), ProposalLimits.BUDGET_TEXT, translations.get("proposal.field.budgetText", locale));
        if (d.getBudget() != null) {
            if (d.getBudget().signum() < 0 || d.getBudget().scale() > 2 || d.getBudget().precision() - d.getBudget().scale() > 12) {
                throw new UserFacingException("proposal.error.budget");
            }
            if (form.budgetMax() != null && d.getBudget().compareTo(form.budgetMax()) > 0) {
                throw new UserFacingException("proposal.error.budgetMax", form.budgetMax().stripTrailingZeros());
            }
        }
        if (d.getTrlNow() < 1 || d.getTrlNow() > 9 || d.getTrlTarget() < 1 || d.getTrlTarget() > 9) {
            throw new UserFacingException("proposal.error.trl");
        }
        List<QuestionDef> questions = form.questions();
        for (Map.Entry<Integer, String> e : d.getAnswers().entrySet()) {
            Integer pos = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().trim();
            if (pos == null || pos < 0 || pos >= questions.size()) {
                throw new UserFacingException("error.notFound");
            }
            if (value.isEmpty()) {
                continue;
            }
            QuestionDef q = questions.get(pos);
            int max = q.maxChars() == null ? ProposalLimits.ANSWER_DEFAULT : q.maxChars();
            switch (q.type()) {
                case SHORT_TEXT, LONG_TEXT -> {
                    if (value.length() > max) {
                        throw new UserFacingException("proposal.error.answerTooLong", q.label(locale), max);
                    }
                }
                case SINGLE_CHOICE -> {
                    if (!q.options().contains(value)) {
                        throw new UserFacingException("proposal.error.choice");
                    }
                }
                case MULTIPLE_CHOICE -> {
                    if (!q.options().containsAll(Arrays.asList(value.split("\n")))) {
                        throw new UserFacingException("proposal.error.choice");
                    }
                }
                case NUMBER -> {
                    try {
                        new BigDecimal(value.replace(',', '.'));
                    } catch (NumberFormatException ex) {
                        throw new UserFacingException("proposal.error.number");
                    }
                }
                case YES_NO -> {
                    if (!"yes".equals(value) && !"no".equals(value)) {
                        throw new UserFacingException("proposal.error.choice");
                    }
                }
                case PDF_UPLOAD -> throw new UserFacingException("proposal.error.choice");
            }
        }
    }

    private static void length(String value, int max, String field) {
        if (value != null && value.trim().length() > max) {
            throw new UserFacingException("proposal.error.tooLong", field, max);
        }
    }

    private void dropFromDraft(long fileId) {
        if (submissions.refersTo(fileId)) {
            files.leaveDraft(fileId);
        } else {
            files.delete(fileId);
        }
    }

    private ProposalDraft toDraft(Proposal p) {
        ProposalDraft d = new ProposalDraft();
        d.setId(p.getId());
        d.setVersion(p.getVersion());
        d.setChallengeId(p.challengeId);
        d.setTitle(nullToEmpty(p.title));
        d.setAcronym(nullToEmpty(p.acronym));
        d.setAbstractText(nullToEmpty(p.abstractText));
        d.setTeamText(nullToEmpty(p.teamText));
        d.setBudget(p.budget);
        d.setBudgetText(nullToEmpty(p.budgetText));
        d.setTrlNow(p.trlNow);
        d.setTrlTarget(p.trlTarget);
        d.setAreas(p.areas);
        d.setAnswers(p.answers);
        return d;
    }

    private static String questionLabel(ChallengeView c, int pos) {
        if (pos < 0 || pos >= c.form().questions().size()) {
            return "";
        }
        return c.form().questions().get(pos).label(Locale.forLanguageTag(c.language()));
    }

    private Locale readerLocale() {
        try {
            return CurrentUser.get().isPresent()
                    ? accounts.preferredLocale().map(Translations::supported).orElse(Translations.ITALIAN) : Translations.ITALIAN;
        } catch (RuntimeException e) {
            return Translations.ITALIAN;
        }
    }

    private static List<String> areaNames(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static Locale localeOf(ProposalRepository.Person person) {
        return person.language() == null ? Translations.ITALIAN : Locale.forLanguageTag(person.language());
    }

    private static long orgOf(AccountPrincipal user) {
        return user.organisationId() == null ? -1L : user.organisationId();
    }

    private static String subject(Proposal p) {
        return "proposal:" + p.getId();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
