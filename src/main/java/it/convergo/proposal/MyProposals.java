package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisations;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.DeadlineChanged;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My proposals": the organisation's proposals and those the applicant was invited to, one page at a time,
 * and any of them as one PDF; the copy of each challenge's closing time the list shows follows the challenge.
 */
@Service
public class MyProposals {

    private final ProposalRepository proposals;
    private final ApplicantAccess access;
    private final SubmittedProposals submitted;
    private final ProposalFileStore files;
    private final Challenges challenges;
    private final Organisations organisations;
    private final Translations translations;
    private final ReaderLocale readerLocale;
    private final Clock clock;

    MyProposals(ProposalRepository proposals, ApplicantAccess access, SubmittedProposals submitted, ProposalFileStore files,
                Challenges challenges, Organisations organisations, Translations translations,
                ReaderLocale readerLocale, Clock clock) {
        this.proposals = proposals;
        this.access = access;
        this.submitted = submitted;
        this.files = files;
        this.challenges = challenges;
        this.organisations = organisations;
        this.translations = translations;
        this.readerLocale = readerLocale;
        this.clock = clock;
    }

    /** The organisation's proposals and those the user was invited to, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<ProposalRow> mine(Pageable pageable) {
        AccountPrincipal user = CurrentUser.require();
        return ProposalRepository.Listed.rows(proposals.mine(organisationOf(user), user.email(), pageable), organisations);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public long countMine() {
        AccountPrincipal user = CurrentUser.require();
        return proposals.countMine(organisationOf(user), user.email());
    }

    /** The whole proposal as one PDF: the latest submission if any, else the working copy. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Download dossier(long id) {
        Proposal p = access.mine(id);
        p.refuseIfPurged();
        if (p.submissionVersion > 0) {
            return new Download("proposal-" + id + ".pdf", "application/pdf", submitted.dossier(id, false));
        }
        List<AttachedFile> attached = files.inDraft(id);
        ProposalDocuments.Snapshot s = ProposalDocuments.Snapshot.of(p, challenges.rules(p.challengeId),
                organisations.name(p.organisationId).orElse(""), attached);
        List<byte[]> pdfs = attached.stream().map(f -> files.read(f.id())).toList();
        return new Download("proposal-" + id + "-draft.pdf", "application/pdf",
                ProposalDocuments.dossier(translations, readerLocale.get(), s, pdfs, false, clock.instant()));
    }

    /** Keeps the copy of the closing time that "My proposals" shows in step with the challenge. */
    @EventListener
    @Transactional
    public void on(DeadlineChanged changed) {
        proposals.deadlineChanged(changed.challengeId(), changed.closesAt());
    }

    private static long organisationOf(AccountPrincipal user) {
        return user.organisationId() == null ? -1L : user.organisationId();
    }
}
