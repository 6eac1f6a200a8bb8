package it.convergo.evaluation;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.CriterionDef;
import it.convergo.workflow.ProposalEvaluation;
import it.convergo.workflow.RetryingTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    static final int MESSAGE_MAX = 4000;

    private final EvaluationAccess access;
    private final AccountService accounts;
    private final ProposalEvaluation workflow;
    private final AssignmentRepository assignments;
    private final SheetRepository sheets;
    private final ConsensusRepository consensus;
    private final MessageRepository messages;
    private final AuditLog audit;
    private final Clock clock;
    private final RetryingTransactions retrying;

    ConsensusService(EvaluationAccess access, AccountService accounts, ProposalEvaluation workflow,
                     AssignmentRepository assignments, SheetRepository sheets, ConsensusRepository consensus,
                     MessageRepository messages, AuditLog audit, Clock clock, RetryingTransactions retrying) {
        this.retrying = retrying;
        this.access = access;
        this.accounts = accounts;
        this.workflow = workflow;
        this.assignments = assignments;
        this.sheets = sheets;
        this.consensus = consensus;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** For panel members who submitted, and for the firm (read only). */
    @Transactional
    public ConsensusView view(long proposalId) {
        Assignment me = panelMemberOrNull(proposalId);
        ChallengeView challenge = access.challenge(me != null ? me.challengeId : access.firmProposal(proposalId).challengeId());
        if (me == null) {
            access.requireFirm(challenge);
        }
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        List<Assignment> panel = assignments.findByProposalId(proposalId).stream()
                .filter(a -> a.status == Assignment.Status.SUBMITTED || a.status == Assignment.Status.CLEARED).toList();
        Map<Long, String> names = accounts.names(panel.stream().map(a -> a.evaluatorId).toList());
        List<ConsensusView.Individual> individuals = new ArrayList<>();
        List<List<BigDecimal>> submitted = new ArrayList<>();
        for (Assignment a : panel) {
            var sheet = sheets.findByProposalIdAndEvaluatorId(proposalId, a.evaluatorId);
            boolean done = sheet.map(s -> s.status == ScoreSheet.Status.SUBMITTED).orElse(false);
            SheetInput input = sheet.map(s -> ScoringService.input(s, criteria.size())).orElse(null);
            individuals.add(new ConsensusView.Individual(a.evaluatorId, names.getOrDefault(a.evaluatorId, "?"),
                    done ? input : null, done));
            if (done) {
                submitted.add(input.scores());
            }
        }
        Consensus c = consensus(proposalId, challenge, panel, submitted);
        Map<Long, String> authors = accounts.names(messages.findByProposalIdOrderByCreatedAtAsc(proposalId).stream()
                .map(m -> m.authorId).toList());
        List<ConsensusView.Message> thread = messages.findByProposalIdOrderByCreatedAtAsc(proposalId).stream()
                .map(m -> new ConsensusView.Message(authors.getOrDefault(m.authorId, "?"), m.body, m.createdAt)).toList();
        boolean rapporteur = me != null && me.rapporteur;
        return new ConsensusView(proposalId, panel.isEmpty() ? "" : panel.getFirst().proposalTitle, criteria,
                individuals, submitted.isEmpty() ? List.of() : Scores.spread(submitted, criteria.size()),
                c != null && c.divergent, c == null ? null : ScoringService.input(c.scores, c.overallComment, criteria.size()),
                c == null ? null : c.minorityOpinion, c != null && c.status == Consensus.Status.COMPLETED, rapporteur,
                c == null ? -1 : c.getVersion(), thread);
    }

    /** Opens the consensus once the last panel member has submitted (called right after each submission). */
    @Transactional
    void prepare(long proposalId, ChallengeView challenge) {
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        List<Assignment> panel = assignments.findByProposalId(proposalId).stream()
                .filter(a -> a.status == Assignment.Status.SUBMITTED || a.status == Assignment.Status.CLEARED
                        || a.status == Assignment.Status.ASSIGNED).toList();
        List<List<BigDecimal>> submitted = sheets.findByProposalId(proposalId).stream()
                .filter(s -> s.status == ScoreSheet.Status.SUBMITTED).map(s -> ScoringService.scores(s, criteria.size()))
                .toList();
        consensus(proposalId, challenge, panel, submitted);
    }

    /**
     * After a reopened evaluation is submitted again, an open consensus takes the new scores: fresh means and
     * divergence, the rapporteur's comments kept.
     */
    @Transactional
    void refresh(long proposalId, ChallengeView challenge) {
        consensus.findByProposalId(proposalId).filter(c -> c.status == Consensus.Status.OPEN).ifPresent(c -> {
            List<CriterionDef> criteria = challenge.evaluation().criteria();
            List<List<BigDecimal>> submitted = submittedScores(proposalId, criteria.size());
            c.divergent = Scores.divergent(submitted, criteria.size(), challenge.evaluation().divergenceThreshold());
            List<CriterionScore> scores = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                final int criterion = i;
                String comment = c.scores.stream().filter(x -> x.criterion == criterion).findFirst().map(x -> x.comment).orElse(null);
                scores.add(new CriterionScore(i, Scores.mean(submitted.stream().map(x -> x.get(criterion)).toList(),
                        criteria.get(i)), comment));
            }
            c.replace(scores, c.overallComment);
        });
    }

    private List<List<BigDecimal>> submittedScores(long proposalId, int criteria) {
        return sheets.findByProposalId(proposalId).stream().filter(x -> x.status == ScoreSheet.Status.SUBMITTED)
                .map(x -> ScoringService.scores(x, criteria)).toList();
    }

    /** Adds a message to the panel's discussion (panel members who submitted their evaluation). */
    @Transactional
    public void post(long proposalId, String body) {
        Assignment me = submittedMember(proposalId);
        if (body == null || body.isBlank()) {
            throw new UserFacingException("evaluation.error.emptyMessage");
        }
        if (body.length() > MESSAGE_MAX) {
            throw new UserFacingException("evaluation.error.messageTooLong", MESSAGE_MAX);
        }
        messages.save(new ConsensusMessage(proposalId, me.evaluatorId, body.strip(), clock.instant()));
    }

    /** The rapporteur saves the consensus without closing it. */
    @Transactional
    public long save(long proposalId, SheetInput input, String minorityOpinion, long expectedVersion) {
        Consensus c = editable(proposalId, expectedVersion);
        ChallengeView challenge = access.challenge(c.challengeId);
        ScoringService.write(c, challenge.evaluation().criteria(), fixedUnlessDivergent(c, input), false);
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
        if (closedAlready && me != null && me.rapporteur) {
            return; // a second click or a retried request: the consensus stands as closed
        }
        Consensus c = editable(proposalId, expectedVersion);
        boolean reopenedDraft = sheets.findByProposalId(proposalId).stream().anyMatch(x -> x.status == ScoreSheet.Status.DRAFT
                && assignments.findByProposalIdAndEvaluatorId(proposalId, x.evaluatorId)
                        .map(a -> a.status == Assignment.Status.SUBMITTED).orElse(false));
        if (reopenedDraft) {
            throw new UserFacingException("evaluation.error.notAllIn");
        }
        ChallengeView challenge = access.challenge(c.challengeId);
        ScoringService.write(c, challenge.evaluation().criteria(), fixedUnlessDivergent(c, input), true);
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
        ScoreSheet sheet = sheets.findByProposalIdAndEvaluatorId(proposalId, evaluatorId)
                .filter(s -> s.status == ScoreSheet.Status.SUBMITTED)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        sheet.status = ScoreSheet.Status.DRAFT;
        audit.record("evaluation.reopened", "proposal:" + proposalId, "evaluator " + evaluatorId + " by rapporteur "
                + c.rapporteurId);
    }

    private SheetInput fixedUnlessDivergent(Consensus c, SheetInput input) {
        if (c.divergent) {
            return input;
        }
        List<BigDecimal> computed = c.scores.stream().map(s -> s.score).toList();
        return new SheetInput(computed, input.comments(), input.overallComment());
    }

    private Consensus editable(long proposalId, long expectedVersion) {
        Assignment me = submittedMember(proposalId);
        if (!me.rapporteur) {
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
        long rapporteur = panel.stream().filter(a -> a.rapporteur).map(a -> a.evaluatorId).findFirst()
                .orElse(panel.getFirst().evaluatorId);
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
        return assignments.findByProposalIdAndEvaluatorId(proposalId, user.userId())
                .filter(a -> a.status == Assignment.Status.SUBMITTED).orElse(null);
    }

    private Assignment submittedMember(long proposalId) {
        Assignment me = panelMemberOrNull(proposalId);
        if (me == null) {
            throw new UserFacingException("error.notFound");
        }
        return me;
    }
}
