package it.convergo.proposal;

import it.convergo.account.CurrentUser;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.proposal.DuplicateReport.EarlierProposal;
import it.convergo.proposal.DuplicateReport.NearDuplicate;
import it.convergo.proposal.DuplicateReport.Where;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Near-duplicate proposals (the same text sent to several challenges, or copied between applicants) and the
 * applicant's earlier proposals, for the manager of the firm that owns the challenge only, under
 * {@link FirmProposals}' rules (own challenge, closed, no conflict declared). Another firm's proposal is never
 * named: the firm learns only that a near-duplicate exists elsewhere and how similar it is, so no confidential
 * content crosses organisations. In a blind challenge the applicant's other proposals are not listed (they would
 * reveal who it is).
 */
@Service
public class Duplicates {

    /**
     * Estimated Jaccard similarity of word 3-gram sets from which two proposals count as near-duplicates: between
     * the least similar edited copy (0.21) and the most similar same-topic decoy (0.11) of {@code DuplicatesBenchmark}.
     */
    static final double THRESHOLD = 0.15;
    private static final int EARLIER = 20;
    private static final int EARLIER_PAGE = 200;

    private final FirmProposals firm;
    private final Fingerprints fingerprints;
    private final ProposalFingerprintRepository stored;
    private final ProposalRepository proposals;
    private final StaffConflictRepository staffConflicts;
    private final Challenges challenges;
    private final TransactionTemplate reading;

    Duplicates(FirmProposals firm, Fingerprints fingerprints, ProposalFingerprintRepository stored,
               ProposalRepository proposals, StaffConflictRepository staffConflicts, Challenges challenges,
               PlatformTransactionManager transactions) {
        this.firm = firm;
        this.fingerprints = fingerprints;
        this.stored = stored;
        this.proposals = proposals;
        this.staffConflicts = staffConflicts;
        this.challenges = challenges;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The proposals of one of the firm's closed challenges that have a near-duplicate anywhere. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    public Set<Long> flagged(long challengeId) {
        firm.mayRead(challengeId);
        fingerprints.refresh();
        List<ProposalFingerprintRepository.Current> all = reading.execute(t -> stored.current(ProposalStatus.submittedStates()));
        Map<Long, int[]> decoded = new HashMap<>();
        Set<Long> flagged = new HashSet<>();
        for (var mine : all) {
            if (mine.challengeId() != challengeId) {
                continue;
            }
            int[] signature = decoded.computeIfAbsent(mine.proposalId(), i -> TextFingerprint.decode(mine.signature()));
            for (var other : all) {
                if (other.proposalId() != mine.proposalId() && TextFingerprint.similarity(signature,
                        decoded.computeIfAbsent(other.proposalId(), i -> TextFingerprint.decode(other.signature()))) >= THRESHOLD) {
                    flagged.add(mine.proposalId());
                    break;
                }
            }
        }
        return flagged;
    }

    /** Near-duplicates and earlier proposals of one submitted proposal of the firm's closed challenge. */
    @PreAuthorize("hasRole('FIRM_MANAGER')")
    public DuplicateReport forFirm(long proposalId) {
        Proposal p = firm.proposal(proposalId);
        ChallengeView challenge = challenges.view(p.challengeId);
        long userId = CurrentUser.require().userId();
        boolean blind = challenge.evaluation().blind();
        fingerprints.refresh();
        return reading.execute(t -> {
            List<NearDuplicate> near = new ArrayList<>();
            Map<Long, Optional<ChallengeView>> views = new HashMap<>();
            for (Match m : matches(proposalId)) {
                Proposal other = proposals.findById(m.proposalId()).orElseThrow();
                int percent = (int) Math.round(m.similarity() * 100);
                boolean readable = !staffConflicts.existsByProposalIdAndUserId(other.getId(), userId);
                if (other.challengeId == p.challengeId && readable) {
                    near.add(new NearDuplicate(Where.SAME_CHALLENGE, other.getId(), other.title, null, percent));
                    continue;
                }
                Optional<ChallengeView> c = views.computeIfAbsent(other.challengeId, challenges::find);
                boolean own = c.filter(v -> v.firmId() == challenge.firmId() && firm.closed(v)).isPresent();
                // naming a proposal of another blind challenge, or in this blind one, would tell who wrote it
                if (own && readable && !blind && !c.get().evaluation().blind()) {
                    near.add(new NearDuplicate(Where.OWN_CHALLENGE, other.getId(), other.title, c.get().title(), percent));
                } else {
                    near.add(new NearDuplicate(Where.ELSEWHERE, null, null, null, percent));
                }
            }
            return new DuplicateReport(near, blind ? List.of() : earlier(p, challenge.firmId()), blind);
        });
    }

    private record Match(long proposalId, double similarity) {
    }

    /** The other submitted proposals over the threshold, most similar first. */
    private List<Match> matches(long proposalId) {
        List<ProposalFingerprintRepository.Current> all = stored.current(ProposalStatus.submittedStates());
        int[] mine = all.stream().filter(c -> c.proposalId() == proposalId).findFirst()
                .map(c -> TextFingerprint.decode(c.signature())).orElse(null);
        if (mine == null) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (var other : all) {
            if (other.proposalId() == proposalId) {
                continue;
            }
            double s = TextFingerprint.similarity(mine, TextFingerprint.decode(other.signature()));
            if (s >= THRESHOLD) {
                matches.add(new Match(other.proposalId(), s));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return matches;
    }

    /** The organisation's earlier proposals to this firm's challenges that the firm may read, newest first. */
    private List<EarlierProposal> earlier(Proposal p, long firmId) {
        long userId = CurrentUser.require().userId();
        Map<Long, Optional<ChallengeView>> views = new HashMap<>();
        List<EarlierProposal> earlier = new ArrayList<>();
        // page by page: an organisation active on many firms' challenges has more proposals than one page of them
        for (int page = 0; earlier.size() < EARLIER; page++) {
            List<Proposal> batch = stored.earlier(p.organisationId, p.getId(), ProposalStatus.submittedStates(),
                    p.submittedAt, PageRequest.of(page, EARLIER_PAGE));
            for (Proposal e : batch) {
                Optional<ChallengeView> c = views.computeIfAbsent(e.challengeId, challenges::find);
                if (earlier.size() < EARLIER && c.filter(v -> v.firmId() == firmId && firm.closed(v) && !v.evaluation().blind()).isPresent()
                        && !staffConflicts.existsByProposalIdAndUserId(e.getId(), userId)) {
                    earlier.add(new EarlierProposal(e.getId(), e.title, c.get().title(), e.status, e.submittedAt));
                }
            }
            if (batch.size() < EARLIER_PAGE) {
                break;
            }
        }
        return earlier;
    }
}
