package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisation;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.SearchText;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.notification.MailService;
import it.convergo.workflow.ChallengeLifecycle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges: the firm's editor, publication and the lifecycle's clock, the public catalogue, Q&amp;A,
 * followers, invite-only access and the read API the proposals and evaluation features rely on.
 * Every method that touches a firm's challenge checks on the server that the caller is one of the firm's
 * managers or an admin; foreign ids answer "not found", so they cannot be probed.
 */
@Service
public class ChallengeService {

    private static final Set<ChallengeStatus> LIVE = EnumSet.of(ChallengeStatus.SCHEDULED, ChallengeStatus.OPEN);

    private final ChallengeRepository challenges;
    private final ChallengeFileRepository files;
    private final NdaRepository ndas;
    private final NdaAcceptanceRepository acceptances;
    private final ChallengeAccessRepository accesses;
    private final AccessCodeGuesses guesses;
    private final ClarificationRepository clarifications;
    private final FollowerRepository followers;
    private final ChallengeLifecycle lifecycle;
    private final ObjectProvider<ProposalStats> proposalStats;
    private final MailService mail;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    ChallengeService(ChallengeRepository challenges, ChallengeFileRepository files, NdaRepository ndas,
                     NdaAcceptanceRepository acceptances, ChallengeAccessRepository accesses, AccessCodeGuesses guesses,
                     ClarificationRepository clarifications, FollowerRepository followers, ChallengeLifecycle lifecycle,
                     ObjectProvider<ProposalStats> proposalStats, MailService mail, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock, @Value("${convergo.base-url}") String baseUrl) {
        this.challenges = challenges;
        this.files = files;
        this.ndas = ndas;
        this.acceptances = acceptances;
        this.accesses = accesses;
        this.guesses = guesses;
        this.clarifications = clarifications;
        this.followers = followers;
        this.lifecycle = lifecycle;
        this.proposalStats = proposalStats;
        this.mail = mail;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    // ---------------------------------------------------------------- the firm's editor

    /** A fresh draft with the defaults of public funding practice, in the firm manager's language. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    public ChallengeDraft newDraft(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        ChallengeDraft d = new ChallengeDraft();
        d.setLanguage(italian ? "it" : "en");
        d.setCriteria(new ArrayList<>(CriterionDef.defaults(italian)));
        LocalDateTime nextMonth = LocalDate.now(clock.withZone(Times.ROME)).plusDays(7).atTime(LocalTime.of(9, 0));
        d.setOpensAt(nextMonth);
        d.setClosesAt(nextMonth.plusDays(60).withHour(17));
        return d;
    }

    /** The firm's own challenge, ready to edit. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ChallengeDraft draft(long id) {
        return toDraft(owned(id));
    }

    /**
     * Creates the challenge (id null) or saves changes to it. The draft must carry the version it was read
     * at; if someone saved in between, nothing is written and {@link ObjectOptimisticLockingFailureException}
     * tells the caller to reload. On success the draft gets its id and the new version.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public long save(ChallengeDraft draft) {
        ChallengeValidation.checkSavable(draft);
        Instant now = clock.instant();
        Challenge c;
        if (draft.getId() == null) {
            AccountPrincipal user = CurrentUser.require();
            if (!user.has(Role.FIRM_MANAGER) || user.organisationId() == null) {
                throw new UserFacingException("error.accessDenied");
            }
            Organisation firm = challenges.organisation(user.organisationId())
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            c = new Challenge(firm, now);
            apply(draft, c, true);
            c.slug = uniqueSlug(draft.getTitle(), null);
            c.refreshSearchText();
            c = challenges.saveAndFlush(c);
            audit.record("challenge.created", subject(c), c.title);
        } else {
            c = owned(draft.getId());
            if (c.getVersion() != draft.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Challenge.class, c.getId());
            }
            if (c.status == ChallengeStatus.CLOSED || c.status == ChallengeStatus.DECIDED) {
                throw new UserFacingException("challenge.error.closedNoEdits");
            }
            if (c.status == ChallengeStatus.DRAFT) {
                apply(draft, c, true);
                c.slug = uniqueSlug(draft.getTitle(), c.getId());
            } else {
                applyToPublished(draft, c, now);
            }
            c.updatedAt = now;
            c.refreshSearchText();
            challenges.saveAndFlush(c);
            audit.record("challenge.saved", subject(c), c.title);
        }
        draft.setId(c.getId());
        draft.setVersion(c.getVersion());
        return c.getId();
    }

    /** What is still missing before the challenge can be published (translation keys; empty when ready). */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> missingForPublish(long id) {
        return ChallengeValidation.missingForPublish(toDraft(owned(id)), clock.instant());
    }

    /**
     * Publishes a draft: from now on the {@code challenge-lifecycle} process opens and closes it at its
     * exact times. The version must be the one the firm saw.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void publish(long id, long expectedVersion) {
        Challenge c = owned(id);
        if (c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Challenge.class, id);
        }
        if (c.status != ChallengeStatus.DRAFT) {
            throw new UserFacingException("challenge.error.alreadyPublished");
        }
        ChallengeDraft d = toDraft(c);
        ChallengeValidation.checkSavable(d);
        List<String> missing = ChallengeValidation.missingForPublish(d, clock.instant());
        if (!missing.isEmpty()) {
            throw new UserFacingException("challenge.error.incomplete");
        }
        Instant now = clock.instant();
        c.status = ChallengeStatus.SCHEDULED;
        c.publishedAt = now;
        c.updatedAt = now;
        if (c.ndaRequired) {
            c.ndaVersion = 1;
            ndas.save(new NdaVersion(c.getId(), 1, c.ndaText, now));
        }
        challenges.saveAndFlush(c);
        lifecycle.start(c.getId(), c.opensAt, c.closesAt);
        audit.record("challenge.published", subject(c), c.title + " " + c.opensAt + " - " + c.closesAt);
    }

    /**
     * Moves the closing time of a published challenge (Europe/Rome wall clock). Extending is always
     * allowed while it is open or upcoming; bringing it forward is refused once someone has submitted.
     * Followers are mailed and {@link DeadlineChanged} is published for the proposals feature.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void changeDeadline(long id, LocalDateTime newClosesAt) {
        Challenge c = owned(id);
        if (!LIVE.contains(c.status)) {
            throw new UserFacingException("challenge.error.notLive");
        }
        if (newClosesAt == null) {
            throw new UserFacingException("challenge.missing.dates");
        }
        applyDeadline(c, ChallengeValidation.rome(newClosesAt), clock.instant());
        c.updatedAt = clock.instant();
        challenges.saveAndFlush(c);
    }

    /** Closes an open challenge now; the lifecycle's clock sets the state. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void closeEarly(long id) {
        Challenge c = owned(id);
        if (c.status != ChallengeStatus.OPEN) {
            throw new UserFacingException("challenge.error.notOpen");
        }
        lifecycle.closeNow(id);
        // the closing date is now, not the planned one: pages must not frame a closed call as closing later
        Instant planned = c.closesAt;
        c.closesAt = clock.instant();
        events.publishEvent(new DeadlineChanged(c.getId(), planned, c.closesAt));
        audit.record("challenge.closedEarly", subject(c), c.title);
    }

    /** A new draft copied from one of the firm's challenges, without dates, files or questions asked. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    @Transactional
    public long cloneChallenge(long id) {
        Challenge source = owned(id);
        AccountPrincipal user = CurrentUser.require();
        if (user.organisationId() == null || !user.organisationId().equals(source.firm.getId())) {
            throw new UserFacingException("error.notFound");
        }
        ChallengeDraft d = toDraft(source);
        d.setId(null);
        d.setVersion(0);
        d.setOpensAt(null);
        d.setClosesAt(null);
        d.setEvaluationEndsAt(null);
        d.setResultsAt(null);
        String suffix = "it".equals(source.language) ? " (copia)" : " (copy)";
        String title = source.title.length() + suffix.length() > ChallengeLimits.TITLE
                ? source.title.substring(0, ChallengeLimits.TITLE - suffix.length()) : source.title;
        d.setTitle(title + suffix);
        long newId = save(d);
        audit.record("challenge.cloned", "challenge:" + newId, "from challenge:" + id);
        return newId;
    }

    /** The firm's challenges (all challenges for admins), one page. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ChallengeRow> mine(String search, ChallengeStatus status, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt"));
        return challenges.mine(myFirmFilter(), SearchText.like(search), status, sorted);
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countMine(String search, ChallengeStatus status) {
        return challenges.countMine(myFirmFilter(), SearchText.like(search), status);
    }

    /** Counts by state, submissions per day and time left of one of the firm's challenges. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Dashboard dashboard(long id) {
        Challenge c = owned(id);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : List.of(ProposalStats.DRAFTS, ProposalStats.SUBMITTED, ProposalStats.ELIGIBLE,
                ProposalStats.UNDER_EVALUATION, ProposalStats.DECIDED)) {
            counts.put(key, 0L);
        }
        Map<LocalDate, Long> perDay = new java.util.TreeMap<>();
        proposalStats.orderedStream().forEach(stats -> {
            stats.countsByState(id).forEach((k, v) -> counts.merge(k, v, Long::sum));
            stats.submissionsPerDay(id).forEach((k, v) -> perDay.merge(k, v, Long::sum));
        });
        Instant now = clock.instant();
        Duration left = null;
        if (c.status == ChallengeStatus.OPEN && c.closesAt != null) {
            left = Duration.between(now, c.closesAt).isNegative() ? Duration.ZERO : Duration.between(now, c.closesAt);
        } else if (c.status == ChallengeStatus.SCHEDULED && c.opensAt != null) {
            left = Duration.between(now, c.closesAt);
        }
        return new Dashboard(c.getId(), c.title, c.slug, c.status, c.opensAt, c.closesAt, left, counts, perDay,
                followers.countByChallengeId(id), clarifications.countByChallengeIdAndAnsweredAtIsNull(id));
    }

    /** Organisations a firm can invite, by name (its own excluded), one page. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisationChoices(String search, Pageable pageable) {
        Long own = CurrentUser.require().organisationId();
        return challenges.organisationChoices(SearchText.like(search), own == null ? -1L : own, pageable);
    }

    /** Names of the given organisations, to show who is invited. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisationChoices(Set<Long> ids) {
        return ids.isEmpty() ? List.of() : challenges.organisationChoices(ids);
    }

    // ---------------------------------------------------------------- brief and cover

    /** Stores the PDF brief after checking it is a real, unencrypted PDF within the limits. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void uploadBrief(long id, String fileName, byte[] bytes) {
        Challenge c = editable(id);
        int pages = UploadChecks.checkPdf(bytes);
        store(c, ChallengeFile.Kind.BRIEF, UploadChecks.safeName(fileName, "brief.pdf"), "application/pdf", bytes, pages);
    }

    /** Stores the cover image after checking it is a PNG or JPEG within the limits. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void uploadCover(long id, String fileName, byte[] bytes) {
        Challenge c = editable(id);
        String type = UploadChecks.checkImage(bytes);
        store(c, ChallengeFile.Kind.COVER, UploadChecks.safeName(fileName, "cover"), type, bytes, null);
    }

    /** The brief of a challenge this visitor may see. */
    @Transactional(readOnly = true)
    public Optional<FileData> brief(long id) {
        return file(id, ChallengeFile.Kind.BRIEF);
    }

    /** The cover image of a challenge this visitor may see. */
    @Transactional(readOnly = true)
    public Optional<FileData> cover(long id) {
        return file(id, ChallengeFile.Kind.COVER);
    }

    private Optional<FileData> file(long id, ChallengeFile.Kind kind) {
        Optional<Challenge> c = challenges.findById(id).filter(this::canSee);
        return c.flatMap(x -> files.findByChallengeIdAndKind(id, kind))
                .map(f -> new FileData(f.fileName, f.contentType, f.content));
    }

    private void store(Challenge c, ChallengeFile.Kind kind, String name, String type, byte[] bytes, Integer pages) {
        ChallengeFile f = files.findByChallengeIdAndKind(c.getId(), kind).orElseGet(() -> new ChallengeFile(c.getId(), kind));
        f.fileName = name;
        f.contentType = type;
        f.content = bytes.clone();
        f.sizeBytes = bytes.length;
        f.sha256 = UploadChecks.sha256(bytes);
        f.pages = pages;
        f.uploadedAt = clock.instant();
        files.save(f);
        audit.record("challenge." + kind.name().toLowerCase(Locale.ROOT) + "Uploaded", subject(c), name + " " + f.sha256);
    }

    // ---------------------------------------------------------------- the public side

    /** One page of the catalogue as this visitor may see it (anonymous visitors see public challenges only). */
    @Transactional(readOnly = true)
    public List<ChallengeCard> catalogue(CatalogueFilter filter, Pageable pageable) {
        Optional<AccountPrincipal> user = CurrentUser.get();
        Sort sort = switch (filter.sort()) {
            case DEADLINE -> Sort.by(Sort.Order.asc("closesAt"), Sort.Order.asc("id"));
            case NEWEST -> Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
            case TITLE -> Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id"));
        };
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return challenges.catalogue(statuses(filter), orgOf(user), user.map(AccountPrincipal::userId).orElse(-1L),
                SearchText.like(filter.search()), filter.sector(), filter.area(), filter.reward(), filter.eligibleFor(),
                deadline(filter), page);
    }

    @Transactional(readOnly = true)
    public long countCatalogue(CatalogueFilter filter) {
        Optional<AccountPrincipal> user = CurrentUser.get();
        return challenges.countCatalogue(statuses(filter), orgOf(user), user.map(AccountPrincipal::userId).orElse(-1L),
                SearchText.like(filter.search()), filter.sector(), filter.area(), filter.reward(), filter.eligibleFor(),
                deadline(filter));
    }

    /** The type of the signed-in user's organisation, to pre-select "eligible for my organisation type". */
    @Transactional(readOnly = true)
    public Optional<it.convergo.account.OrganisationType> myOrganisationType() {
        return CurrentUser.get().map(AccountPrincipal::organisationId).flatMap(challenges::organisationType);
    }

    /** Whether the signed-in user accepted the current NDA of this challenge (false when signed out). */
    @Transactional(readOnly = true)
    public boolean acceptedNda(long challengeId) {
        return CurrentUser.get().map(u -> hasAcceptedNda(challengeId, u.userId())).orElse(false);
    }

    /** The open challenges closing soonest, for the home page. */
    @Transactional(readOnly = true)
    public List<ChallengeCard> closingSoon(int limit) {
        CatalogueFilter open = new CatalogueFilter("", Set.of(CatalogueFilter.Phase.OPEN), null, null, null, null, null,
                CatalogueFilter.Sort.DEADLINE);
        return catalogue(open, PageRequest.of(0, limit));
    }

    /** The challenge at this address, if this visitor may see it (drafts only for their firm). */
    @Transactional(readOnly = true)
    public Optional<ChallengeView> bySlug(String slug) {
        return challenges.findBySlug(slug).filter(this::canSee).map(this::toView);
    }

    /**
     * Opens an invite-only challenge for the signed-in user with its access code. Wrong codes are counted;
     * after {@link ChallengeLimits#CODE_ATTEMPTS} the code is locked for this user for a while, and
     * {@link AccessCodeGuesses} also limits guesses per client and per challenge. An address without an
     * invite-only challenge answers exactly like one: wrong code, then locked.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = UserFacingException.class)
    public void enterAccessCode(String slug, String code) {
        AccountPrincipal user = CurrentUser.require();
        Optional<Challenge> found = challenges.findBySlug(slug == null ? "" : slug)
                .filter(x -> x.status.isPublished() && x.visibility == Visibility.INVITE_ONLY);
        Instant now = clock.instant();
        ChallengeAccess access = found.map(c -> accesses.findByChallengeIdAndUserId(c.getId(), user.userId())
                .orElseGet(() -> new ChallengeAccess(c.getId(), user.userId()))).orElse(null);
        if (access != null && access.granted) {
            return;
        }
        if (guesses.locked(slug, user.userId()) || access != null && access.lockedUntil != null
                && now.isBefore(access.lockedUntil)) {
            throw new UserFacingException("challenge.error.codeLocked", ChallengeLimits.CODE_LOCK_MINUTES);
        }
        Challenge c = found.orElse(null);
        boolean right = c != null && c.accessCode != null && code != null && MessageDigest.isEqual(
                c.accessCode.trim().getBytes(StandardCharsets.UTF_8), code.trim().getBytes(StandardCharsets.UTF_8));
        if (right) {
            access.granted = true;
            access.failures = 0;
            access.lockedUntil = null;
            accesses.save(access);
            audit.record("challenge.accessCodeUsed", subject(c), "user:" + user.userId());
            return;
        }
        boolean locked = guesses.wrong(slug, user.userId(), c != null);
        if (c == null) {
            throw locked ? new UserFacingException("challenge.error.codeLocked", ChallengeLimits.CODE_LOCK_MINUTES)
                    : new UserFacingException("challenge.error.wrongCode");
        }
        access.failures++;
        if (locked || access.failures >= ChallengeLimits.CODE_ATTEMPTS) {
            access.failures = 0;
            access.lockedUntil = now.plus(Duration.ofMinutes(ChallengeLimits.CODE_LOCK_MINUTES));
            audit.record("challenge.accessCodeLocked", subject(c), "user:" + user.userId());
            accesses.save(access);
            throw new UserFacingException("challenge.error.codeLocked", ChallengeLimits.CODE_LOCK_MINUTES);
        }
        accesses.save(access);
        throw new UserFacingException("challenge.error.wrongCode");
    }

    // ---------------------------------------------------------------- clarifications and FAQ

    /** The published answers of a challenge this visitor may see; askers are never named. */
    @Transactional(readOnly = true)
    public List<FaqEntry> faq(long challengeId) {
        return challenges.findById(challengeId).filter(this::canSee).map(c -> clarifications.faq(challengeId))
                .orElse(List.of());
    }

    /** An applicant asks the firm a question; allowed while the challenge is upcoming or open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void ask(long challengeId, String question) {
        AccountPrincipal user = CurrentUser.require();
        Challenge c = challenges.findById(challengeId).filter(this::canSee)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!LIVE.contains(c.status)) {
            throw new UserFacingException("challenge.error.questionsClosed");
        }
        String text = question == null ? "" : question.trim();
        if (text.length() < 10 || text.length() > ChallengeLimits.CLARIFICATION) {
            throw new UserFacingException("challenge.error.questionLength", 10, ChallengeLimits.CLARIFICATION);
        }
        clarifications.save(new Clarification(challengeId, user.userId(), text, clock.instant()));
    }

    /** The questions this user asked about a challenge, with the answers (public or private) they got. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClarificationRow> myQuestions(long challengeId) {
        return clarifications.askedBy(challengeId, CurrentUser.require().userId());
    }

    /** Every question asked about the firm's challenge, newest first, without who asked. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ClarificationRow> questions(long challengeId) {
        owned(challengeId);
        return clarifications.all(challengeId);
    }

    /**
     * The firm answers a question: publicly (it joins the FAQ, followers and the asker are mailed, the asker
     * stays anonymous) or privately (only the asker is mailed).
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void answer(long clarificationId, String answer, boolean publicly) {
        Clarification q = clarifications.findById(clarificationId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Challenge c = owned(q.challengeId);
        String text = answer == null ? "" : answer.trim();
        if (text.isEmpty() || text.length() > ChallengeLimits.ANSWER) {
            throw new UserFacingException("challenge.error.answerLength", ChallengeLimits.ANSWER);
        }
        q.answer = text;
        q.publicAnswer = publicly;
        q.answeredAt = clock.instant();
        clarifications.save(q);
        audit.record(publicly ? "challenge.answeredPublicly" : "challenge.answeredPrivately", subject(c),
                "clarification:" + q.getId());
        Set<Long> recipients = new HashSet<>(Set.of(q.askedBy));
        if (publicly) {
            recipients.addAll(followers.userIds(c.getId()));
        }
        for (ChallengeRepository.Contact who : challenges.contacts(recipients)) {
            mail.send(who.email(), locale(who), publicly ? "challengeFaq" : "challengePrivateAnswer", c.title, q.question,
                    text, link(c));
        }
    }

    // ---------------------------------------------------------------- followers and NDA

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(long challengeId) {
        AccountPrincipal user = CurrentUser.require();
        challenges.findById(challengeId).filter(this::canSee).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (followers.findByChallengeIdAndUserId(challengeId, user.userId()).isEmpty()) {
            followers.save(new Follower(challengeId, user.userId(), clock.instant()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(long challengeId) {
        followers.findByChallengeIdAndUserId(challengeId, CurrentUser.require().userId()).ifPresent(followers::delete);
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long challengeId) {
        return CurrentUser.get().map(u -> followers.findByChallengeIdAndUserId(challengeId, u.userId()).isPresent())
                .orElse(false);
    }

    /** The text of the current NDA of a challenge this visitor may see (empty when none is required). */
    @Transactional(readOnly = true)
    public Optional<String> ndaText(long challengeId) {
        return challenges.findById(challengeId).filter(this::canSee).filter(c -> c.ndaRequired && c.ndaVersion > 0)
                .flatMap(c -> ndas.findByChallengeIdAndNumber(challengeId, c.ndaVersion)).map(n -> n.body);
    }

    /** Records that the signed-in user accepted the current NDA version (idempotent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptNda(long challengeId) {
        AccountPrincipal user = CurrentUser.require();
        Challenge c = challenges.findById(challengeId).filter(this::canSee)
                .filter(x -> x.ndaRequired && x.ndaVersion > 0)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!acceptances.existsByChallengeIdAndUserIdAndNdaVersion(challengeId, user.userId(), c.ndaVersion)) {
            acceptances.save(new NdaAcceptance(challengeId, c.ndaVersion, user.userId(), user.organisationId(), clock.instant()));
            audit.record("challenge.ndaAccepted", subject(c), "version " + c.ndaVersion);
        }
    }

    // ---------------------------------------------------------------- read API for proposals and evaluation

    /**
     * The challenge as published, without any access check: for the server-side rules of other features
     * (proposal validation, evaluation). Callers check their own users' rights.
     */
    @Transactional(readOnly = true)
    public ChallengeView view(long challengeId) {
        return challenges.findById(challengeId).map(this::toView).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** Like {@link #view} but empty for an unknown id, for callers that must not fail (workflow events). */
    @Transactional(readOnly = true)
    public Optional<ChallengeView> find(long challengeId) {
        return challenges.findById(challengeId).map(this::toView);
    }

    /** Whether a proposal may be submitted at this instant: open, and before the exact closing time. */
    @Transactional(readOnly = true)
    public boolean isOpenForSubmission(long challengeId, Instant at) {
        return challenges.findById(challengeId).map(c -> c.status == ChallengeStatus.OPEN && c.opensAt != null
                && c.closesAt != null && !at.isBefore(c.opensAt) && at.isBefore(c.closesAt)).orElse(false);
    }

    /** Whether this user accepted the current NDA version (true when no NDA is required). */
    @Transactional(readOnly = true)
    public boolean hasAcceptedNda(long challengeId, long userId) {
        Challenge c = challenges.findById(challengeId).orElseThrow(() -> new UserFacingException("error.notFound"));
        return !c.ndaRequired || acceptances.existsByChallengeIdAndUserIdAndNdaVersion(challengeId, userId, c.ndaVersion);
    }

    /** Whether this user may see (and so apply to) the challenge: public, invited, or with the access code. */
    @Transactional(readOnly = true)
    public boolean isVisibleTo(long challengeId, long userId, Long organisationId) {
        return challenges.findById(challengeId).map(c -> c.status.isPublished() && (c.visibility == Visibility.PUBLIC
                || organisationId != null && c.invitedOrganisations.contains(organisationId)
                || accesses.existsByChallengeIdAndUserIdAndGrantedTrue(challengeId, userId))).orElse(false);
    }

    // ---------------------------------------------------------------- internals

    private Challenge owned(long id) {
        AccountPrincipal user = CurrentUser.require();
        Challenge c = challenges.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!(user.has(Role.ADMIN) || owns(user, c))) {
            throw new UserFacingException("error.notFound");
        }
        return c;
    }

    private Challenge editable(long id) {
        Challenge c = owned(id);
        if (c.status == ChallengeStatus.CLOSED || c.status == ChallengeStatus.DECIDED) {
            throw new UserFacingException("challenge.error.closedNoEdits");
        }
        return c;
    }

    private static boolean owns(AccountPrincipal user, Challenge c) {
        return user.has(Role.FIRM_MANAGER) && user.organisationId() != null && user.organisationId().equals(c.firm.getId());
    }

    private boolean canSee(Challenge c) {
        Optional<AccountPrincipal> user = CurrentUser.get();
        if (user.isPresent() && (user.get().has(Role.ADMIN) || owns(user.get(), c))) {
            return true;
        }
        if (!c.status.isPublished()) {
            return false;
        }
        if (c.visibility == Visibility.PUBLIC) {
            return true;
        }
        return user.isPresent() && isVisibleTo(c.getId(), user.get().userId(), user.get().organisationId());
    }

    private Long myFirmFilter() {
        AccountPrincipal user = CurrentUser.require();
        if (user.has(Role.ADMIN)) {
            return null;
        }
        return user.organisationId() == null ? -1L : user.organisationId();
    }

    private static long orgOf(Optional<AccountPrincipal> user) {
        return user.map(AccountPrincipal::organisationId).filter(Objects::nonNull).orElse(-1L);
    }

    private static Set<ChallengeStatus> statuses(CatalogueFilter filter) {
        Set<ChallengeStatus> statuses = EnumSet.noneOf(ChallengeStatus.class);
        Set<CatalogueFilter.Phase> phases = filter.states().isEmpty()
                ? EnumSet.of(CatalogueFilter.Phase.OPEN, CatalogueFilter.Phase.UPCOMING) : filter.states();
        for (CatalogueFilter.Phase phase : phases) {
            switch (phase) {
                case OPEN -> statuses.add(ChallengeStatus.OPEN);
                case UPCOMING -> statuses.add(ChallengeStatus.SCHEDULED);
                case CLOSED -> {
                    statuses.add(ChallengeStatus.CLOSED);
                    statuses.add(ChallengeStatus.DECIDED);
                }
            }
        }
        return statuses;
    }

    private static Instant deadline(CatalogueFilter filter) {
        return filter.deadlineBy() == null ? null : filter.deadlineBy().atTime(LocalTime.MAX).atZone(Times.ROME).toInstant();
    }

    /** Writes every field of the draft (a draft challenge can change freely). */
    static void apply(ChallengeDraft d, Challenge c, boolean datesToo) {
        c.language = "en".equals(d.getLanguage()) ? "en" : "it";
        c.title = d.getTitle().trim();
        c.summary = trimToNull(d.getSummary());
        c.description = trimToNull(d.getDescription());
        c.problem = trimToNull(d.getProblem());
        c.expectedOutcome = trimToNull(d.getExpectedOutcome());
        c.sector = d.getSector();
        replace(c.areas, d.getAreas());
        c.trlMin = d.getTrlMin();
        c.trlMax = d.getTrlMax();
        replace(c.eligibleTypes, d.getEligibleTypes());
        c.eligibleCountries = String.join(",", ChallengeValidation.countries(d.getEligibleCountries()));
        replace(c.eligibleRegions, d.getEligibleRegions());
        c.maxSize = d.getMaxSize();
        c.consortiaAllowed = d.isConsortiaAllowed();
        c.rewards.clear();
        d.getRewards().forEach(r -> c.rewards.add(new Challenge.Reward(r)));
        c.ipTerms = d.getIpTerms() == null ? IpTerms.TO_BE_NEGOTIATED : d.getIpTerms();
        c.ndaRequired = d.isNdaRequired();
        c.ndaText = trimToNull(d.getNdaText());
        c.visibility = d.getVisibility() == null ? Visibility.PUBLIC : d.getVisibility();
        replace(c.invitedOrganisations, d.getInvitedOrganisations());
        c.accessCode = trimToNull(d.getAccessCode());
        if (datesToo) {
            c.opensAt = ChallengeValidation.rome(d.getOpensAt());
            c.closesAt = ChallengeValidation.rome(d.getClosesAt());
        }
        c.evaluationEndsAt = ChallengeValidation.rome(d.getEvaluationEndsAt());
        c.resultsAt = ChallengeValidation.rome(d.getResultsAt());
        applyPromises(d, c);
    }

    /** Criteria, evaluation set-up and application form: what applicants rely on once they submit. */
    private static void applyPromises(ChallengeDraft d, Challenge c) {
        c.criteria.clear();
        d.getCriteria().forEach(x -> c.criteria.add(new Challenge.Criterion(x)));
        c.overallThreshold = d.getOverallThreshold();
        c.evaluatorsPerProposal = d.getEvaluatorsPerProposal();
        c.blindEvaluation = d.isBlindEvaluation();
        c.divergenceThreshold = d.getDivergenceThreshold();
        c.titleMax = d.getTitleMax();
        c.acronymMax = d.getAcronymMax();
        c.abstractMax = d.getAbstractMax();
        c.budgetMax = d.getBudgetMax();
        c.questions.clear();
        d.getQuestions().forEach(q -> c.questions.add(new Challenge.Question(q)));
    }

    /**
     * Changes to a published challenge: the opening time is fixed, the closing time follows the deadline
     * rules, and once someone has submitted, criteria and form cannot change.
     */
    private void applyToPublished(ChallengeDraft d, Challenge c, Instant now) {
        Instant opens = ChallengeValidation.rome(d.getOpensAt());
        Instant closes = ChallengeValidation.rome(d.getClosesAt());
        if (!Objects.equals(opens, c.opensAt)) {
            throw new UserFacingException("challenge.error.opensFixed");
        }
        boolean submitted = submittedCount(c.getId()) > 0;
        if (submitted && (!same(c.evaluation(), evaluationOf(d)) || !same(c.form(), formOf(d)))) {
            throw new UserFacingException("challenge.error.promisesFrozen");
        }
        String oldNda = c.ndaText;
        boolean oldNdaRequired = c.ndaRequired;
        Instant oldCloses = c.closesAt;
        apply(d, c, false);
        if (closes == null) {
            throw new UserFacingException("challenge.missing.dates");
        }
        if (!closes.equals(oldCloses)) {
            applyDeadline(c, closes, now);
        }
        if (c.ndaRequired && c.ndaText == null) {
            throw new UserFacingException("challenge.missing.nda");
        }
        if (c.ndaRequired && (!oldNdaRequired || !Objects.equals(oldNda, c.ndaText))) {
            c.ndaVersion++;
            ndas.save(new NdaVersion(c.getId(), c.ndaVersion, c.ndaText, now));
        }
    }

    private void applyDeadline(Challenge c, Instant closes, Instant now) {
        Instant previous = c.closesAt;
        if (closes.equals(previous)) {
            return;
        }
        if (!closes.isAfter(now)) {
            throw new UserFacingException("challenge.error.closesInPast");
        }
        if (c.opensAt != null && !closes.isAfter(c.opensAt)) {
            throw new UserFacingException("challenge.error.closesBeforeOpens");
        }
        if (c.evaluationEndsAt != null && c.evaluationEndsAt.isBefore(closes)) {
            throw new UserFacingException("challenge.error.evaluationBeforeClose");
        }
        if (closes.isBefore(previous) && submittedCount(c.getId()) > 0) {
            throw new UserFacingException("challenge.error.deadlineEarlier");
        }
        c.closesAt = closes;
        lifecycle.reschedule(c.getId(), closes);
        audit.record("challenge.deadlineChanged", subject(c), previous + " -> " + closes);
        for (ChallengeRepository.Contact who : challenges.contacts(followers.userIds(c.getId()))) {
            Locale locale = locale(who);
            mail.send(who.email(), locale, "challengeDeadline", c.title, Times.format(previous, locale),
                    Times.format(closes, locale), link(c));
        }
        events.publishEvent(new DeadlineChanged(c.getId(), previous, closes));
    }

    private long submittedCount(long challengeId) {
        // no implementation yet means no proposals; several (tests add one) are summed
        return proposalStats.orderedStream().mapToLong(s -> s.submittedCount(challengeId)).sum();
    }

    private static EvaluationSetup evaluationOf(ChallengeDraft d) {
        return new EvaluationSetup(d.getCriteria(), d.getOverallThreshold(), d.getEvaluatorsPerProposal(),
                d.isBlindEvaluation(), d.getDivergenceThreshold());
    }

    private static FormDefinition formOf(ChallengeDraft d) {
        return new FormDefinition(d.getTitleMax(), d.getAcronymMax(), d.getAbstractMax(), d.getBudgetMax(), d.getQuestions());
    }

    /** Compares promises by value, so 5 and 5.00 count as the same score. */
    private static boolean same(EvaluationSetup a, EvaluationSetup b) {
        return norm(a).equals(norm(b));
    }

    private static boolean same(FormDefinition a, FormDefinition b) {
        return new FormDefinition(a.titleMax(), a.acronymMax(), a.abstractMax(), n(a.budgetMax()), a.questions())
                .equals(new FormDefinition(b.titleMax(), b.acronymMax(), b.abstractMax(), n(b.budgetMax()), b.questions()));
    }

    private static EvaluationSetup norm(EvaluationSetup e) {
        return new EvaluationSetup(e.criteria().stream().map(c -> new CriterionDef(c.name(), nullToEmpty(c.description()),
                n(c.weight()), n(c.maxScore()), n(c.step()), n(c.threshold()), c.tieBreak())).toList(),
                n(e.overallThreshold()), e.evaluatorsPerProposal(), e.blind(), n(e.divergenceThreshold()));
    }

    private static BigDecimal n(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    private ChallengeDraft toDraft(Challenge c) {
        ChallengeDraft d = new ChallengeDraft();
        d.setId(c.getId());
        d.setVersion(c.getVersion());
        d.setLanguage(c.language);
        d.setTitle(c.title);
        d.setSummary(nullToEmpty(c.summary));
        d.setDescription(nullToEmpty(c.description));
        d.setProblem(nullToEmpty(c.problem));
        d.setExpectedOutcome(nullToEmpty(c.expectedOutcome));
        d.setSector(c.sector);
        d.setAreas(new HashSet<>(c.areas));
        d.setTrlMin(c.trlMin);
        d.setTrlMax(c.trlMax);
        d.setEligibleTypes(new HashSet<>(c.eligibleTypes));
        d.setEligibleCountries(nullToEmpty(c.eligibleCountries));
        d.setEligibleRegions(new HashSet<>(c.eligibleRegions));
        d.setMaxSize(c.maxSize);
        d.setConsortiaAllowed(c.consortiaAllowed);
        d.setRewards(new ArrayList<>(c.rewards.stream().map(Challenge.Reward::def).toList()));
        d.setIpTerms(c.ipTerms);
        d.setNdaRequired(c.ndaRequired);
        d.setNdaText(nullToEmpty(c.ndaText));
        d.setVisibility(c.visibility);
        d.setInvitedOrganisations(new HashSet<>(c.invitedOrganisations));
        d.setAccessCode(nullToEmpty(c.accessCode));
        d.setOpensAt(wallClock(c.opensAt));
        d.setClosesAt(wallClock(c.closesAt));
        d.setEvaluationEndsAt(wallClock(c.evaluationEndsAt));
        d.setResultsAt(wallClock(c.resultsAt));
        d.setCriteria(new ArrayList<>(c.criteria.stream().map(Challenge.Criterion::def).toList()));
        d.setOverallThreshold(c.overallThreshold);
        d.setEvaluatorsPerProposal(c.evaluatorsPerProposal);
        d.setBlindEvaluation(c.blindEvaluation);
        d.setDivergenceThreshold(c.divergenceThreshold);
        d.setTitleMax(c.titleMax);
        d.setAcronymMax(c.acronymMax);
        d.setAbstractMax(c.abstractMax);
        d.setBudgetMax(c.budgetMax);
        d.setQuestions(new ArrayList<>(c.questions.stream().map(Challenge.Question::def).toList()));
        return d;
    }

    private ChallengeView toView(Challenge c) {
        ChallengeView.FileInfo brief = files.briefInfo(c.getId()).orElse(null);
        return new ChallengeView(c.getId(), c.slug, c.status, c.firm.getId(), c.firm.getName(), c.language, c.title,
                nullToEmpty(c.summary), Markdown.toSafeHtml(c.description), Markdown.toSafeHtml(c.problem),
                Markdown.toSafeHtml(c.expectedOutcome), c.sector,
                c.areas.isEmpty() ? Set.of() : EnumSet.copyOf(c.areas), c.trlMin, c.trlMax, c.eligibility(),
                c.rewards.stream().map(Challenge.Reward::def).toList(), c.ipTerms, c.ndaRequired, c.ndaVersion,
                c.visibility, c.opensAt, c.closesAt, c.evaluationEndsAt, c.resultsAt, c.evaluation(), c.form(), brief,
                files.hasCover(c.getId()), c.getVersion());
    }

    private String uniqueSlug(String title, Long ownId) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "challenge";
        }
        String slug = base;
        for (int n = 2; ; n++) {
            Optional<Challenge> other = challenges.findBySlug(slug);
            if (other.isEmpty() || other.get().getId().equals(ownId)) {
                return slug;
            }
            slug = base + "-" + n;
        }
    }

    private String link(Challenge c) {
        return baseUrl + "/challenges/" + c.slug;
    }

    private static Locale locale(ChallengeRepository.Contact who) {
        return who.language() == null ? Locale.ITALIAN : Locale.forLanguageTag(who.language());
    }

    private static String subject(Challenge c) {
        return "challenge:" + c.getId();
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    private static LocalDateTime wallClock(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Times.ROME);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** For the demo data: which organisation has this name. */
    Optional<Organisation> organisationNamed(String name) {
        return challenges.organisationsNamed(name).stream().findFirst();
    }
}
