package it.convergo.evaluation.panel;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.account.EvaluatorProfile;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalSummary;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An optional bidding round before the assignment: evaluators browse the proposals' titles and abstracts
 * (anonymised in blind challenges) and mark each as eager, willing, not interested or conflict. The
 * optimiser adds the bids to the expertise fit; a conflict bid excludes the pair.
 */
@Service
public class BiddingService {

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final PanelService panels;
    private final AccountService accounts;
    private final BiddingRoundRepository rounds;
    private final BidRepository bids;
    private final Notices notices;
    private final AuditLog audit;
    private final PairRules rules;
    private final Clock clock;

    BiddingService(EvaluationAccess access, SubmittedProposals proposals, PanelService panels, AccountService accounts,
                   BiddingRoundRepository rounds, BidRepository bids, Notices notices, AuditLog audit, PairRules rules,
                   Clock clock) {
        this.rules = rules;
        this.access = access;
        this.proposals = proposals;
        this.panels = panels;
        this.accounts = accounts;
        this.rounds = rounds;
        this.bids = bids;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The firm opens bidding for the proposals waiting for a panel; every active evaluator is invited. */
    @Transactional
    public void open(long challengeId) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        if (panels.waitingForPanel(challengeId).isEmpty()) {
            throw new UserFacingException("evaluation.bid.error.nothingToBid");
        }
        if (rounds.findByChallengeId(challengeId).isPresent()) {
            throw new UserFacingException("evaluation.bid.error.alreadyOpen");
        }
        rounds.save(new BiddingRound(challengeId, clock.instant()));
        notices.toUsers(accounts.evaluators().stream().map(e -> e.userId()).toList(), "biddingOpen",
                "bids/" + challengeId, challenge.title());
        audit.record("evaluation.biddingOpened", "challenge:" + challengeId, null);
    }

    @Transactional(readOnly = true)
    public boolean isOpen(long challengeId) {
        return rounds.findByChallengeId(challengeId).map(BiddingRound::isOpen).orElse(false);
    }

    /** Closes the round (the firm is about to assign); bids stay and keep feeding the optimiser. */
    @Transactional
    public void close(long challengeId) {
        access.firmChallenge(challengeId);
        rounds.findByChallengeId(challengeId).filter(BiddingRound::isOpen).ifPresent(r -> r.closedAt = clock.instant());
    }

    /** Challenges whose bidding round is open, for the evaluator's inbox. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public List<ChallengeView> openRounds() {
        return rounds.findByClosedAtIsNull().stream().map(r -> access.existingChallenge(r.challengeId))
                .flatMap(Optional::stream).toList();
    }

    /** The proposals of an open round with the current evaluator's bids. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public List<BidItem> items(long challengeId) {
        ChallengeView challenge = openRound(challengeId);
        Map<Long, Bid> mine = new HashMap<>();
        bids.findByChallengeIdAndEvaluatorId(challengeId, CurrentUser.require().userId())
                .forEach(b -> mine.put(b.proposalId, b.level));
        boolean blind = challenge.evaluation().blind();
        List<ProposalSummary> all = proposals.submittedTo(challengeId);
        PairRules.Pairs pairs = rules.forProposals(all);
        Optional<EvaluatorProfile> me = myProfile();
        return all.stream()
                .filter(p -> me.isEmpty() || pairs.namedBy(p.id(), me.get()).isEmpty())
                .map(p -> {
                    ProposalSummary shown = blind ? proposals.content(p.id(), true).summary() : p;
                    return new BidItem(p.id(), shown.title(), shown.abstractText(), mine.get(p.id()));
                }).toList();
    }

    /** Records (or changes) a bid while the round is open; null removes it. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional
    public void bid(long challengeId, long proposalId, Bid level) {
        openRound(challengeId);
        ProposalSummary proposal = proposals.summary(proposalId);
        if (proposal.challengeId() != challengeId) {
            throw new UserFacingException("error.notFound");
        }
        long me = CurrentUser.require().userId();
        if (myProfile().filter(profile -> rules.forProposals(List.of(proposal)).namedBy(proposalId, profile).isPresent()).isPresent()) {
            throw new UserFacingException("error.notFound");
        }
        Optional<EvaluatorBid> existing = bids.findByProposalIdAndEvaluatorId(proposalId, me);
        if (level == null) {
            existing.ifPresent(bids::delete);
            return;
        }
        EvaluatorBid bid = existing.orElseGet(() -> new EvaluatorBid(challengeId, proposalId, me, level, clock.instant()));
        bid.level = level;
        bid.updatedAt = clock.instant();
        bids.save(bid);
    }

    /**
     * The signed-in evaluator as the panels see them. A proposal whose applicant named them is left out of
     * their round as if it were not there: they learn neither the proposal nor that anyone named them.
     */
    private Optional<EvaluatorProfile> myProfile() {
        long me = CurrentUser.require().userId();
        return accounts.evaluators().stream().filter(e -> e.userId() == me).findFirst();
    }

    private ChallengeView openRound(long challengeId) {
        if (!CurrentUser.require().has(Role.EVALUATOR) || !isOpen(challengeId)) {
            throw new UserFacingException("error.notFound");
        }
        return access.challenge(challengeId);
    }
}
