package it.convergo.evaluation;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.CriterionDef;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.ProposalEvaluation;
import it.convergo.workflow.RetryingTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps 3 and 4, for the evaluator: accept confidentiality once per challenge, declare conflicts of interest
 * per proposal, then score every criterion with comments, save and come back, submit once.
 */
@Service
@PreAuthorize("hasRole('EVALUATOR')")
public class ScoringService {

    static final int COMMENT_MAX = 4000;

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;
    private final AssignmentRepository assignments;
    private final ConfidentialityRepository confidentiality;
    private final SheetRepository sheets;
    private final ConsensusRepository consensus;
    private final ConsensusService consensusService;
    private final AuditLog audit;
    private final Clock clock;
    private final RetryingTransactions retrying;

    ScoringService(EvaluationAccess access, SubmittedProposals proposals, ProposalEvaluation workflow,
                   AssignmentRepository assignments, ConfidentialityRepository confidentiality, SheetRepository sheets,
                   ConsensusRepository consensus, ConsensusService consensusService, AuditLog audit, Clock clock,
                   RetryingTransactions retrying) {
        this.retrying = retrying;
        this.access = access;
        this.proposals = proposals;
        this.workflow = workflow;
        this.assignments = assignments;
        this.confidentiality = confidentiality;
        this.sheets = sheets;
        this.consensus = consensus;
        this.consensusService = consensusService;
        this.audit = audit;
        this.clock = clock;
    }

    /** The evaluator's work, open items first and soonest due first. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox() {
        long me = CurrentUser.require().userId();
        List<Assignment> mine = assignments.findOpenFor(me, EnumSet.allOf(Assignment.Status.class)).stream()
                .filter(a -> a.status != Assignment.Status.REPLACED).toList();
        Progress progress = progress(me, mine);
        List<InboxItem> items = new ArrayList<>();
        for (Assignment a : mine) {
            items.add(new InboxItem(a.proposalId, a.challengeId, a.challengeTitle, a.proposalTitle, progress.step(a), a.dueAt));
        }
        items.sort((x, y) -> Boolean.compare(!x.step().open(), !y.step().open()));
        return items;
    }

    /**
     * Consensus steps waiting for this evaluator, consensus already closed and evaluations the rapporteur
     * reopened, read once for a whole inbox.
     */
    private record Progress(Set<Long> consensusWaiting, Set<Long> consensusDone, Set<Long> reopened) {

        InboxItem.Step step(Assignment a) {
            return switch (a.status) {
                case ASSIGNED -> InboxItem.Step.DECLARE;
                case CLEARED -> InboxItem.Step.SCORE;
                case CONFLICT, REPLACED -> InboxItem.Step.CONFLICT;
                case SUBMITTED -> reopened.contains(a.proposalId) ? InboxItem.Step.SCORE
                        : consensusWaiting.contains(a.proposalId) ? InboxItem.Step.CONSENSUS
                        : consensusDone.contains(a.proposalId) ? InboxItem.Step.DONE : InboxItem.Step.SUBMITTED;
            };
        }
    }

    private Progress progress(long evaluatorId, List<Assignment> assignments) {
        Set<Long> waiting = workflow.pendingForEvaluator(evaluatorId).stream()
                .filter(p -> p.step().isConsensus())
                .map(ProposalEvaluation.PendingStep::proposalId).collect(Collectors.toSet());
        Set<Long> done = consensus.findByProposalIdIn(assignments.stream().map(a -> a.proposalId).toList()).stream()
                .filter(c -> c.status == Consensus.Status.COMPLETED).map(c -> c.proposalId).collect(Collectors.toSet());
        Set<Long> reopened = sheets.findByEvaluatorIdAndStatus(evaluatorId, ScoreSheet.Status.DRAFT).stream()
                .map(s -> s.proposalId).collect(Collectors.toSet());
        return new Progress(waiting, done, reopened);
    }

    @Transactional(readOnly = true)
    public boolean hasAcceptedConfidentiality(long challengeId) {
        return confidentiality.existsByChallengeIdAndEvaluatorId(challengeId, CurrentUser.require().userId());
    }

    @Transactional
    public void acceptConfidentiality(long challengeId) {
        long me = CurrentUser.require().userId();
        boolean assigned = assignments.findOpenFor(me, EnumSet.allOf(Assignment.Status.class)).stream()
                .anyMatch(a -> a.challengeId == challengeId);
        if (!assigned) {
            throw new UserFacingException("error.notFound");
        }
        if (!confidentiality.existsByChallengeIdAndEvaluatorId(challengeId, me)) {
            confidentiality.save(new ConfidentialityAcceptance(challengeId, me, clock.instant()));
            audit.record("evaluation.confidentialityAccepted", "challenge:" + challengeId, null);
        }
    }

    /** What the evaluator may know before declaring: the challenge and the proposal's title, nothing more. */
    @Transactional(readOnly = true)
    public InboxItem assignment(long proposalId) {
        Assignment a = access.myAssignment(proposalId);
        return new InboxItem(a.proposalId, a.challengeId, a.challengeTitle, a.proposalTitle,
                progress(a.evaluatorId, List.of(a)).step(a), a.dueAt);
    }

    /**
     * Declares no conflict (then the proposal opens) or a conflict with a reason (it goes back to the firm).
     * Declaring the same again (double click, second tab) changes nothing; panel members declaring at the
     * same moment are serialised per proposal and retried, never refused.
     */
    public void declare(long proposalId, boolean conflict, String reason) {
        retrying.run(() -> declareOnce(proposalId, conflict, reason));
    }

    private void declareOnce(long proposalId, boolean conflict, String reason) {
        Assignment a = access.myAssignment(proposalId);
        assignments.lockPanel(proposalId);
        if (!confidentiality.existsByChallengeIdAndEvaluatorId(a.challengeId, a.evaluatorId)) {
            throw new UserFacingException("evaluation.error.confidentialityFirst");
        }
        if (conflict && (reason == null || reason.isBlank())) {
            throw new UserFacingException("evaluation.error.conflictReason");
        }
        boolean same = conflict ? a.status == Assignment.Status.CONFLICT
                : a.status == Assignment.Status.CLEARED || a.status == Assignment.Status.SUBMITTED;
        if (same) {
            return;
        }
        if (a.status != Assignment.Status.ASSIGNED) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        workflow.declareConflict(proposalId, a.evaluatorId, conflict);
        a.status = conflict ? Assignment.Status.CONFLICT : Assignment.Status.CLEARED;
        a.declaredAt = clock.instant();
        a.conflictReason = conflict ? reason.strip() : null;
        audit.record(conflict ? "evaluation.conflictDeclared" : "evaluation.noConflict", "proposal:" + proposalId,
                conflict ? reason.strip() : null);
    }

    /** The scoring form; the proposal is anonymised in blind challenges. */
    @Transactional(readOnly = true)
    public EvaluationForm form(long proposalId) {
        Assignment a = access.myClearedAssignment(proposalId);
        ChallengeView challenge = access.challenge(a.challengeId);
        boolean blind = challenge.evaluation().blind();
        Optional<ScoreSheet> sheet = sheets.findByProposalIdAndEvaluatorId(proposalId, a.evaluatorId);
        boolean submitted = sheet.map(s -> s.status == ScoreSheet.Status.SUBMITTED).orElse(false);
        List<EvaluationForm.PeerSheet> peers = new ArrayList<>();
        if (submitted) {
            int n = 1;
            for (ScoreSheet other : sheets.findByProposalId(proposalId)) {
                if (other.evaluatorId != a.evaluatorId && other.status == ScoreSheet.Status.SUBMITTED) {
                    peers.add(new EvaluationForm.PeerSheet(++n, input(other, challenge.evaluation().criteria().size())));
                }
            }
        }
        return new EvaluationForm(proposalId, challenge.title(), blind, challenge.evaluation().criteria(),
                proposals.content(proposalId, blind),
                sheet.map(s -> input(s, challenge.evaluation().criteria().size())).orElse(null),
                submitted, sheet.map(ScoreSheet::getVersion).orElse(-1L), a.dueAt, peers);
    }

    /** An attached PDF, anonymised (author metadata removed) in blind challenges. */
    @Transactional(readOnly = true)
    public byte[] file(long proposalId, long fileId) {
        Assignment a = access.myClearedAssignment(proposalId);
        return proposals.file(proposalId, fileId, access.challenge(a.challengeId).evaluation().blind());
    }

    /** The whole proposal as one PDF, anonymised in blind challenges. */
    @Transactional(readOnly = true)
    public byte[] dossier(long proposalId) {
        Assignment a = access.myClearedAssignment(proposalId);
        return proposals.dossier(proposalId, access.challenge(a.challengeId).evaluation().blind());
    }

    /** Saves a draft; incomplete is fine, but what is there must be on the scale. */
    @Transactional
    public long saveDraft(long proposalId, SheetInput input, long expectedVersion) {
        Assignment a = access.myClearedAssignment(proposalId);
        List<CriterionDef> criteria = access.challenge(a.challengeId).evaluation().criteria();
        ScoreSheet sheet = editableSheet(a, expectedVersion);
        write(sheet, criteria, input, false);
        sheet.updatedAt = clock.instant();
        return sheets.saveAndFlush(sheet).getVersion();
    }

    /**
     * Submits the evaluation: every criterion scored on its scale with a comment, plus an overall comment.
     * The score sheet and the workflow step move in one transaction; panel members submitting at the same
     * moment are serialised per proposal and retried, so none is refused and the last one opens the
     * consensus. Submitting the same sheet again (double click, second tab) changes nothing; a different
     * one is refused: the evaluation cannot change afterwards unless the rapporteur reopens it.
     */
    public void submit(long proposalId, SheetInput input, long expectedVersion) {
        retrying.run(() -> submitOnce(proposalId, input, expectedVersion));
    }

    private void submitOnce(long proposalId, SheetInput input, long expectedVersion) {
        Assignment a = access.myClearedAssignment(proposalId);
        assignments.lockPanel(proposalId);
        ChallengeView challenge = access.challenge(a.challengeId);
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        if (alreadySubmitted(a, criteria, input)) {
            return;
        }
        ScoreSheet sheet = editableSheet(a, expectedVersion);
        write(sheet, criteria, input, true);
        sheet.status = ScoreSheet.Status.SUBMITTED;
        sheet.updatedAt = clock.instant();
        sheet.submittedAt = sheet.updatedAt;
        sheets.saveAndFlush(sheet);
        boolean reopened = a.status == Assignment.Status.SUBMITTED;
        a.status = Assignment.Status.SUBMITTED;
        List<List<BigDecimal>> submitted = sheets.findByProposalId(proposalId).stream()
                .filter(s -> s.status == ScoreSheet.Status.SUBMITTED).map(s -> scores(s, criteria.size())).toList();
        boolean divergent = Scores.divergent(submitted, criteria.size(), challenge.evaluation().divergenceThreshold());
        if (reopened) {
            consensusService.refresh(proposalId, challenge);
        } else {
            workflow.submitScores(proposalId, a.evaluatorId, divergent);
            consensusService.prepare(proposalId, challenge);
        }
        audit.record(reopened ? "evaluation.resubmitted" : "evaluation.submitted", "proposal:" + proposalId, null);
    }

    /** The same evaluation was submitted before (double click, second tab, a retried request). */
    private boolean alreadySubmitted(Assignment a, List<CriterionDef> criteria, SheetInput input) {
        return sheets.findByProposalIdAndEvaluatorId(a.proposalId, a.evaluatorId)
                .filter(s -> s.status == ScoreSheet.Status.SUBMITTED)
                .map(s -> {
                    ScoreSheet copy = new ScoreSheet(a.proposalId, a.challengeId, a.evaluatorId, s.updatedAt);
                    try {
                        write(copy, criteria, input, true);
                    } catch (UserFacingException invalid) {
                        return false;
                    }
                    return sameScores(input(copy, criteria.size()), input(s, criteria.size()));
                }).orElse(false);
    }

    private static boolean sameScores(SheetInput x, SheetInput y) {
        if (!java.util.Objects.equals(x.comments(), y.comments()) || !java.util.Objects.equals(x.overallComment(), y.overallComment())) {
            return false;
        }
        for (int i = 0; i < x.scores().size(); i++) {
            BigDecimal p = x.scores().get(i);
            BigDecimal q = y.scores().get(i);
            if (p == null ? q != null : q == null || p.compareTo(q) != 0) {
                return false;
            }
        }
        return true;
    }

    private ScoreSheet editableSheet(Assignment a, long expectedVersion) {
        ScoreSheet sheet = sheets.findByProposalIdAndEvaluatorId(a.proposalId, a.evaluatorId)
                .orElseGet(() -> new ScoreSheet(a.proposalId, a.challengeId, a.evaluatorId, clock.instant()));
        if (sheet.status == ScoreSheet.Status.SUBMITTED) {
            throw new UserFacingException("evaluation.error.alreadySubmitted");
        }
        if (sheet.getId() != null && sheet.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ScoreSheet.class, sheet.getId());
        }
        return sheet;
    }

    /** Validates and copies the input; {@code complete} demands every score and comment. */
    static void write(ScoreSheetLike target, List<CriterionDef> criteria, SheetInput input, boolean complete) {
        List<CriterionScore> scores = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            BigDecimal score = c < input.scores().size() ? input.scores().get(c) : null;
            String comment = c < input.comments().size() ? clean(input.comments().get(c)) : null;
            if (score != null || complete) {
                Scores.check(criteria.get(c), score);
            }
            if (complete && comment == null) {
                throw new UserFacingException("evaluation.error.commentMissing", criteria.get(c).name());
            }
            if (comment != null && comment.length() > COMMENT_MAX) {
                throw new UserFacingException("evaluation.error.commentTooLong", criteria.get(c).name(), COMMENT_MAX);
            }
            scores.add(new CriterionScore(c, score, comment));
        }
        String overall = clean(input.overallComment());
        if (complete && overall == null) {
            throw new UserFacingException("evaluation.error.overallMissing");
        }
        target.replace(scores, overall);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static SheetInput input(ScoreSheet s, int criteria) {
        return input(s.scores, s.overallComment, criteria);
    }

    static SheetInput input(List<CriterionScore> scores, String overall, int criteria) {
        List<BigDecimal> values = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            final int index = c;
            CriterionScore cs = scores.stream().filter(x -> x.criterion == index).findFirst().orElse(null);
            values.add(cs == null ? null : cs.score);
            comments.add(cs == null ? null : cs.comment);
        }
        return new SheetInput(values, comments, overall);
    }

    static List<BigDecimal> scores(ScoreSheet s, int criteria) {
        return input(s, criteria).scores();
    }
}
