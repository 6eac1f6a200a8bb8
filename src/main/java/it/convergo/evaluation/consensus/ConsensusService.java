package it.convergo.evaluation.consensus;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.CriterionDef;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.scoring.CriterionScore;
import it.convergo.evaluation.scoring.Scores;
import it.convergo.evaluation.scoring.SheetInput;
import it.convergo.evaluation.scoring.SheetSubmitted;
import it.convergo.evaluation.scoring.Sheets;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.workflow.ProposalEvaluation;
import it.convergo.workflow.RetryingTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5: when every evaluation is in, the rapporteur writes the panel's final scores. Divergent panels
 * discuss and may record a minority opinion; agreeing panels get the rounded means and the rapporteur
 * only confirms the comments.
 */
@Service
public class ConsensusService {

    private final EvaluationAccess access;
    private final Seats seats;
    private final Sheets sheets;
    private final AccountService accounts;
    private final ProposalEvaluation workflow;
    private final ConsensusRepository consensus;
    private final MessageRepository messages;
    private final AuditLog audit;
    private final Clock clock;
    private final RetryingTransactions retrying;

    ConsensusService(EvaluationAccess access, Seats seats, Sheets sheets, AccountService accounts,
                     ProposalEvaluation workflow, ConsensusRepository consensus, MessageRepository messages,
                     AuditLog audit, Clock clock, RetryingTransactions retrying) {
        this.access = access;
        this.seats = seats;
        this.sheets = sheets;
        this.accounts = accounts;
        this.workflow = workflow;
        this.consensus = consensus;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.retrying = retrying;
    }

    /** For panel members who submitted, and for the firm (read only). */
    @Transactional
    public ConsensusView view(long proposalId) {
        Assignment me = panelMemberOrNull(proposalId);
        ChallengeView challenge = access.challenge(me != null ? me.challengeId() : access.firmProposal(proposalId).challengeId());
        if (me == null) {
            access.requireFirm(challenge);
        }
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        List<Assignment> panel = seats.ofProposal(proposalId).stream()
                .filter(a -> a.status() == Assignment.Status.SUBMITTED || a.status() == Assignment.Status.CLEARED).toList();
        Map<Long, String> names = accounts.names(panel.stream().map(Assignment::evaluatorId).toList());
        List<ConsensusView.Individual> individuals = new ArrayList<>();
        List<List<BigDecimal>> submitted = new ArrayList<>();
        for (Assignment a : panel) {
            SheetInput input = sheets.submitted(proposalId, a.evaluatorId(), criteria.size()).orElse(null);
            individuals.add(new ConsensusView.Individual(a.evaluatorId(), names.getOrDefault(a.evaluatorId(), "?"),
                    input, input != null));
            if (input != null) {
                submitted.add(input.scores());
            }
        }
        Consensus c = consensus(proposalId, challenge, panel, submitted);
        Map<Long, String> authors = accounts.names(messages.findByProposalIdOrderByCreatedAtAsc(proposalId).stream()
                .map(m -> m.authorId).toList());
        List<ConsensusView.Message> thread = messages.findByProposalIdOrderByCreatedAtAsc(proposalId).stream()
                .map(m -> new ConsensusView.Message(authors.getOrDefault(m.authorId, "?"), m.body, m.createdAt)).toList();
        boolean rapporteur = me != null && me.rapporteur();
        return new ConsensusView(proposalId, panel.isEmpty() ? "" : panel.getFirst().proposalTitle(), criteria,
                individuals, submitted.isEmpty() ? List.of() : Scores.spread(submitted, criteria.size()),
                c != null && c.divergent, c == null ? null : c.input(criteria.size()),
                c == null ? null : c.minorityOpinion, c != null && c.status == Consensus.Status.COMPLETED, rapporteur,
                c == null ? -1 : c.getVersion(), thread);
    }

    /**
     * Each evaluation submitted, in its transaction: the panel's last one opens the consensus, one the
     * rapporteur had reopened brings its new scores into the open consensus.
     */
    @EventListener
    public void on(SheetSubmitted submitted) {
        if (submitted.again()) {
            refresh(submitted.proposalId(), submitted.challenge());
        } else {
            prepare(submitted.proposalId(), submitted.challenge());
        }
    }

    /** Opens the consensus once the last panel member has submitted. */
    private void prepare(long proposalId, ChallengeView challenge) {
        List<Assignment> panel = seats.ofProposal(proposalId).stream()
                .filter(a -> a.status() == Assignment.Status.SUBMITTED || a.status() == Assignment.Status.CLEARED
                        || a.status() == Assignment.Status.ASSIGNED).toList();
        consensus(proposalId, challenge, panel, sheets.submittedScores(proposalId, challenge.evaluation().criteria().size()));
    }

    /**
     * After a reopened evaluation is submitted again, an open consensus takes the new scores: fresh means and
     * divergence, the rapporteur's comments kept.
     */
    private void refresh(long proposalId, ChallengeView challenge) {
        consensus.findByProposalId(proposalId).filter(c -> c.status == Consensus.Status.OPEN).ifPresent(c -> {
            List<CriterionDef> criteria = challenge.evaluation().criteria();
            List<List<BigDecimal>> submitted = sheets.submittedScores(proposalId, criteria.size());
            c.divergent = Scores.divergent(submitted, criteria.size(), challenge.evaluation().divergenceThreshold());
            List<CriterionScore> scores = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                final int criterion = i;
                String comment = c.scores.stream().filter(x -> x.criterion() == criterion).findFirst()
                        .map(CriterionScore::comment).orElse(null);
                scores.add(new CriterionScore(i, Scores.mean(submitted.stream().map(x -> x.get(criterion)).toList(),
                        criteria.get(i)), comment));
            }
            c.replace(scores, c.overallComment);
        });
    }

    /** Adds a message to the panel's discussion (panel members who submitted their evaluation). */
    @Transactional
    public void post(long proposalId, String body) {
        Assignment me = submittedMember(proposalId);
        if (body == null || body.isBlank()) {
            throw new UserFacingException("evaluation.error.emptyMessage");
        }
        if (body.length() > EvaluationLimits.MESSAGE) {
            throw new UserFacingException("evaluation.error.messageTooLong", EvaluationLimits.MESSAGE);
        }
        messages.save(new ConsensusMessage(proposalId, me.evaluatorId(), body.strip(), clock.instant()));
    }

    /** The rapporteur saves the consensus without closing it. */
    @Transactional
    public long save(long proposalId, SheetInput input, String minorityOpinion, long expectedVersion) {
        Consensus c = editable(proposalId, expectedVersion);
        ChallengeView challenge = access.challenge(c.challengeId);
        c.fill(challenge.evaluation().criteria(), fixedUnlessDivergent(c, input), false);
        c.minorityOpinion = minorityOpinion == null || minorityOpinion.isBlank() ? null : minorityOpinion.strip();
        return consensus.saveAndFlush(c).getVersion();
    }

    /**
     * The rapporteur closes the consensus: the proposal has its final scores. Retried when it meets another
     * proposal's final step at the same moment (see {@code EvaluationFlow}); closing it again changes nothing.
     */
    public void complete(long proposalId, SheetInput input, String minorityOpinion, long expectedVersion) {
        retrying.run(() -> completeOnce(proposalId, input, minorityOpinion, expectedVersion));
    }

    private void completeOnce(long proposalId, SheetInput input, String minorityOpinion, long expectedVersion) {
        Assignment me = panelMemberOrNull(proposalId);
        boolean closedAlready = consensus.findByProposalId(proposalId).filter(c -> c.status == Consensus.Status.COMPLETED).isPresent();
        if (closedAlready && me != null && me.rapporteur()) {
            return; // a second click or a retried request: the consensus stands as closed
        }
        Consensus c = editable(proposalId, expectedVersion);
        boolean reopenedDraft = sheets.draftsOn(proposalId).stream().anyMatch(evaluator -> seats.of(proposalId, evaluator)
                .map(a -> a.status() == Assignment.Status.SUBMITTED).orElse(false));
        if (reopenedDraft) {
            throw new UserFacingException("evaluation.error.notAllIn");
        }
        ChallengeView challenge = access.challenge(c.challengeId);
        c.fill(challenge.evaluation().criteria(), fixedUnlessDivergent(c, input), true);
        c.minorityOpinion = minorityOpinion == null || minorityOpinion.isBlank() ? null : minorityOpinion.strip();
        c.status = Consensus.Status.COMPLETED;
        c.completedAt = clock.instant();
        consensus.saveAndFlush(c);
        workflow.completeConsensus(proposalId, c.rapporteurId);
        audit.record("evaluation.consensus", "proposal:" + proposalId, c.divergent ? "discussed" : "confirmed");
    }

    /** The rapporteur lets an evaluator change a submitted evaluation during the consensus (audited). */
    @Transactional
    public void reopen(long proposalId, long evaluatorId) {
        Consensus c = editable(proposalId, -1);
        sheets.reopen(proposalId, evaluatorId);
        audit.record("evaluation.reopened", "proposal:" + proposalId, "evaluator " + evaluatorId + " by rapporteur "
                + c.rapporteurId);
    }

    private SheetInput fixedUnlessDivergent(Consensus c, SheetInput input) {
        if (c.divergent) {
            return input;
        }
        List<BigDecimal> computed = c.scores.stream().map(CriterionScore::score).toList();
        return new SheetInput(computed, input.comments(), input.overallComment());
    }

    private Consensus editable(long proposalId, long expectedVersion) {
        Assignment me = submittedMember(proposalId);
        if (!me.rapporteur()) {
            throw new UserFacingException("evaluation.error.rapporteurOnly");
        }
        Consensus c = consensus.findByProposalId(proposalId)
                .orElseThrow(() -> new UserFacingException("evaluation.error.notAllIn"));
        if (c.status == Consensus.Status.COMPLETED) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        if (expectedVersion >= 0 && c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Consensus.class, c.getId());
        }
        return c;
    }

    /**
     * Creates the consensus the moment every panel member has submitted: divergent when the spread of any
     * criterion exceeds the challenge's threshold, otherwise pre-filled with the rounded means.
     */
    private Consensus consensus(long proposalId, ChallengeView challenge, List<Assignment> panel,
                                List<List<BigDecimal>> submitted) {
        var existing = consensus.findByProposalId(proposalId);
        if (existing.isPresent() || panel.isEmpty() || submitted.size() < panel.size()) {
            return existing.orElse(null);
        }
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        boolean divergent = Scores.divergent(submitted, criteria.size(), challenge.evaluation().divergenceThreshold());
        long rapporteur = panel.stream().filter(Assignment::rapporteur).map(Assignment::evaluatorId).findFirst()
                .orElse(panel.getFirst().evaluatorId());
        Consensus c = new Consensus(proposalId, challenge.id(), rapporteur, divergent);
        List<CriterionScore> scores = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            final int criterion = i;
            scores.add(new CriterionScore(i, Scores.mean(submitted.stream().map(s -> s.get(criterion)).toList(),
                    criteria.get(i)), null));
        }
        c.replace(scores, null);
        return consensus.save(c);
    }

    private Assignment panelMemberOrNull(long proposalId) {
        var user = CurrentUser.require();
        return seats.of(proposalId, user.userId())
                .filter(a -> a.status() == Assignment.Status.SUBMITTED).orElse(null);
    }

    private Assignment submittedMember(long proposalId) {
        Assignment me = panelMemberOrNull(proposalId);
        if (me == null) {
            throw new UserFacingException("error.notFound");
        }
        return me;
    }
}
