package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisations;
import it.convergo.account.Role;
import it.convergo.base.Table;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the firm reads of the proposals to one of its challenges (an admin reads every challenge's): only
 * submitted ones, never drafts, and only once the challenge has closed. Another firm's ids, and proposals the
 * manager declared a conflict with ({@link StaffConflicts}), answer "not found".
 */
@Service
public class FirmProposals {

    private final ProposalRepository proposals;
    private final SubmittedProposals submitted;
    private final LatestSubmissions latest;
    private final ProposalFileStore files;
    private final Challenges challenges;
    private final Organisations organisations;
    private final ReaderLocale readerLocale;
    private final StaffConflictRepository staffConflicts;
    private final Translations translations;
    private final Clock clock;

    FirmProposals(ProposalRepository proposals, SubmittedProposals submitted, LatestSubmissions latest, ProposalFileStore files,
                  Challenges challenges, Organisations organisations, ReaderLocale readerLocale,
                  StaffConflictRepository staffConflicts, Translations translations, Clock clock) {
        this.staffConflicts = staffConflicts;
        this.translations = translations;
        this.proposals = proposals;
        this.submitted = submitted;
        this.latest = latest;
        this.files = files;
        this.challenges = challenges;
        this.organisations = organisations;
        this.readerLocale = readerLocale;
        this.clock = clock;
    }

    /** Submitted proposals of one of the firm's challenges, once it has closed; never drafts. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ProposalRow> forFirm(long challengeId, Pageable pageable) {
        mayRead(challengeId);
        return ProposalRepository.Listed.rows(proposals.submittedToFor(challengeId, ProposalStatus.submittedStates(),
                CurrentUser.require().userId(), pageable), organisations);
    }

    /** When the content of one of the firm's proposals was deleted by the retention rule; empty while kept. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Instant> purgedAt(long proposalId) {
        return Optional.ofNullable(proposal(proposalId).purgedAt);
    }

    /** The same list, whole (at most {@link #EXPORT_ROWS}), as a table to download as CSV or XLSX. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Table tableForFirm(long challengeId, Locale locale) {
        List<List<Object>> rows = forFirm(challengeId, PageRequest.of(0, EXPORT_ROWS)).stream()
                .map(r -> java.util.Arrays.<Object>asList(r.id(), r.purgedAt() == null ? r.title()
                                : translations.get("proposal.purged.notice", locale, Times.format(r.purgedAt(), locale)),
                        r.acronym(), r.organisationName(),
                        translations.get(r.status().labelKey(), locale), r.submittedAt(), r.submissionVersion()))
                .toList();
        return new Table(translations.get("proposal.firm.title", locale), List.of(translations.get("proposal.firm.reference", locale),
                translations.get("proposal.field.title", locale), translations.get("proposal.field.acronym", locale),
                translations.get("proposal.receipt.organisation", locale), translations.get("proposal.mine.state", locale),
                translations.get("proposal.firm.submittedAt", locale), translations.get("proposal.receipt.version", locale)), rows);
    }

    /** The most rows an export of a challenge's proposals holds. */
    public static final int EXPORT_ROWS = 20_000;

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countForFirm(long challengeId) {
        mayRead(challengeId);
        return proposals.countSubmittedToFor(challengeId, ProposalStatus.submittedStates(), CurrentUser.require().userId());
    }

    /** One submitted proposal of the firm's closed challenge, as submitted (latest version). */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ProposalContent forFirm(long proposalId) {
        proposal(proposalId);
        return submitted.content(proposalId, false);
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Download fileForFirm(long proposalId, long fileId) {
        Proposal p = proposal(proposalId);
        p.refuseIfPurged();
        if (!latest.of(p).fileIds.contains(fileId)) {
            throw new UserFacingException("error.notFound");
        }
        return files.download(files.row(fileId).orElseThrow(() -> new UserFacingException("error.notFound")));
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Download dossierForFirm(long proposalId) {
        proposal(proposalId).refuseIfPurged();
        return new Download("proposal-" + proposalId + ".pdf", "application/pdf", submitted.dossier(proposalId, false));
    }

    /** One submitted proposal the signed-in firm manager may read: not one they declared a conflict with. */
    Proposal proposal(long proposalId) {
        Proposal p = proposals.findById(proposalId).filter(x -> x.status.isSubmitted())
                .filter(x -> !staffConflicts.existsByProposalIdAndUserId(proposalId, CurrentUser.require().userId()))
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        mayRead(p.challengeId);
        return p;
    }

    /** The firm's own challenge (or any, for an admin), and closed: by its deadline or early. */
    void mayRead(long challengeId) {
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
        if (!closed(c)) {
            throw new UserFacingException("proposal.error.firmBeforeClose", Times.format(c.closesAt(), readerLocale.get()));
        }
    }

    /** Closed, by its deadline or early: the firm may read its proposals. */
    boolean closed(ChallengeView c) {
        return c.status() == ChallengeStatus.CLOSED || c.status() == ChallengeStatus.DECIDED
                || c.closesAt() != null && !clock.instant().isBefore(c.closesAt());
    }
}
