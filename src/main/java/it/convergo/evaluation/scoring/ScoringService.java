package it.convergo.evaluation.scoring;

import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.CriterionDef;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.proposal.ProposalContent;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.ProposalEvaluation;
import it.convergo.workflow.RetryingTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
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

    private final EvaluationAccess access;
    private final Seats seats;
    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;
    private final ConfidentialityRepository confidentiality;
    private final SheetRepository sheets;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final RetryingTransactions retrying;

    ScoringService(EvaluationAccess access, Seats seats, SubmittedProposals proposals, ProposalEvaluation workflow,
                   ConfidentialityRepository confidentiality, SheetRepository sheets, ApplicationEventPublisher events,
                   AuditLog audit, Clock clock, RetryingTransactions retrying) {
        this.access = access;
        this.seats = seats;
        this.proposals = proposals;
        this.workflow = workflow;
        this.confidentiality = confidentiality;
        this.sheets = sheets;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.retrying = retrying;
    }

    @Transactional(readOnly = true)
    public boolean hasAcceptedConfidentiality(long challengeId) {
        return confidentiality.existsByChallengeIdAndEvaluatorId(challengeId, CurrentUser.require().userId());
    }

    @Transactional
    public void acceptConfidentiality(long challengeId) {
        long me = CurrentUser.require().userId();
        boolean assigned = seats.ofEvaluator(me).stream().anyMatch(a -> a.challengeId() == challengeId);
        if (!assigned) {
            throw new UserFacingException("error.notFound");
        }
        if (!confidentiality.existsByChallengeIdAndEvaluatorId(challengeId, me)) {
            confidentiality.save(new ConfidentialityAcceptance(challengeId, me, clock.instant()));
            audit.record("evaluation.confidentialityAccepted", "challenge:" + challengeId, null);
        }
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
        Assignment a = seats.mine(proposalId);
        seats.lock(proposalId);
        if (!confidentiality.existsByChallengeIdAndEvaluatorId(a.challengeId(), a.evaluatorId())) {
            throw new UserFacingException("evaluation.error.confidentialityFirst");
        }
        if (conflict && (reason == null || reason.isBlank())) {
            throw new UserFacingException("evaluation.error.conflictReason");
        }
        boolean same = conflict ? a.status() == Assignment.Status.CONFLICT
                : a.status() == Assignment.Status.CLEARED || a.status() == Assignment.Status.SUBMITTED;
        if (same) {
            return;
        }
        if (a.status() != Assignment.Status.ASSIGNED) {
            throw new UserFacingException("workflow.error.stepGone");
        }
        workflow.declareConflict(proposalId, a.evaluatorId(), conflict);
        a.declare(conflict, conflict ? reason.strip() : null, clock.instant());
        audit.record(conflict ? "evaluation.conflictDeclared" : "evaluation.noConflict", "proposal:" + proposalId,
                conflict ? reason.strip() : null);
    }

    /**
     * Who applied, for the evaluator about to declare: the organisation, the team lead and the team as described in the
     * proposal, or, in a blind challenge, only the topic (title and technology areas), the applicant hidden.
     */
    @Transactional(readOnly = true)
    public DeclarationSubject declarationSubject(long proposalId) {
        Assignment a = seats.mine(proposalId);
        boolean blind = access.challenge(a.challengeId()).evaluation().blind();
        ProposalContent content = proposals.content(proposalId, blind);
        return new DeclarationSubject(blind, content.summary().title(), content.summary().areas(),
                blind ? "" : content.summary().organisationName(), blind ? "" : content.leadName(),
                blind ? "" : content.teamText());
    }

    /** The scoring form; the proposal is anonymised in blind challenges. */
    @Transactional(readOnly = true)
    public EvaluationForm form(long proposalId) {
        Assignment a = seats.myCleared(proposalId);
        ChallengeView challenge = access.challenge(a.challengeId());
        boolean blind = challenge.evaluation().blind();
        Optional<ScoreSheet> sheet = sheets.findByProposalIdAndEvaluatorId(proposalId, a.evaluatorId());
        boolean submitted = sheet.map(s -> s.status == ScoreSheet.Status.SUBMITTED).orElse(false);
        List<EvaluationForm.PeerSheet> peers = new ArrayList<>();
        if (submitted) {
            int n = 1;
            for (ScoreSheet other : sheets.findByProposalId(proposalId)) {
                if (other.evaluatorId != a.evaluatorId() && other.status == ScoreSheet.Status.SUBMITTED) {
                    peers.add(new EvaluationForm.PeerSheet(++n, other.input(challenge.evaluation().criteria().size())));
                }
            }
        }
        return new EvaluationForm(proposalId, challenge.title(), blind, challenge.evaluation().criteria(),
                proposals.content(proposalId, blind),
                sheet.map(s -> s.input(challenge.evaluation().criteria().size())).orElse(null),
                submitted, sheet.map(ScoreSheet::getVersion).orElse(-1L), a.dueAt(), peers);
    }

    /** An attached PDF, anonymised (author metadata removed) in blind challenges. */
    @Transactional(readOnly = true)
    public byte[] file(long proposalId, long fileId) {
        Assignment a = seats.myCleared(proposalId);
        return proposals.file(proposalId, fileId, access.challenge(a.challengeId()).evaluation().blind());
    }

    /** The whole proposal as one PDF, anonymised in blind challenges. */
    @Transactional(readOnly = true)
    public byte[] dossier(long proposalId) {
        Assignment a = seats.myCleared(proposalId);
        return proposals.dossier(proposalId, access.challenge(a.challengeId()).evaluation().blind());
    }

    /** Saves a draft; incomplete is fine, but what is there must be on the scale. */
    @Transactional
    public long saveDraft(long proposalId, SheetInput input, long expectedVersion) {
        Assignment a = seats.myCleared(proposalId);
        List<CriterionDef> criteria = access.challenge(a.challengeId()).evaluation().criteria();
        ScoreSheet sheet = editableSheet(a, expectedVersion);
        sheet.fill(criteria, input, false);
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
        Assignment a = seats.myCleared(proposalId);
        seats.lock(proposalId);
        ChallengeView challenge = access.challenge(a.challengeId());
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        if (alreadySubmitted(a, criteria, input)) {
            return;
        }
        ScoreSheet sheet = editableSheet(a, expectedVersion);
        sheet.fill(criteria, input, true);
        sheet.status = ScoreSheet.Status.SUBMITTED;
        sheet.updatedAt = clock.instant();
        sheet.submittedAt = sheet.updatedAt;
        sheets.saveAndFlush(sheet);
        boolean reopened = a.status() == Assignment.Status.SUBMITTED;
        a.submitted();
        if (!reopened) {
            List<List<BigDecimal>> submitted = sheets.findByProposalId(proposalId).stream()
                    .filter(s -> s.status == ScoreSheet.Status.SUBMITTED).map(s -> s.input(criteria.size()).scores()).toList();
            boolean divergent = Scores.divergent(submitted, criteria.size(), challenge.evaluation().divergenceThreshold());
            workflow.submitScores(proposalId, a.evaluatorId(), divergent);
        }
        events.publishEvent(new SheetSubmitted(proposalId, challenge, reopened));
        audit.record(reopened ? "evaluation.resubmitted" : "evaluation.submitted", "proposal:" + proposalId, null);
    }

    /** The same evaluation was submitted before (double click, second tab, a retried request). */
    private boolean alreadySubmitted(Assignment a, List<CriterionDef> criteria, SheetInput input) {
        return sheets.findByProposalIdAndEvaluatorId(a.proposalId(), a.evaluatorId())
                .filter(s -> s.status == ScoreSheet.Status.SUBMITTED)
                .map(s -> {
                    ScoreSheet copy = new ScoreSheet(a.proposalId(), a.challengeId(), a.evaluatorId(), s.updatedAt);
                    try {
                        copy.fill(criteria, input, true);
                    } catch (UserFacingException invalid) {
                        return false;
                    }
                    return sameScores(copy.input(criteria.size()), s.input(criteria.size()));
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
        ScoreSheet sheet = sheets.findByProposalIdAndEvaluatorId(a.proposalId(), a.evaluatorId())
                .orElseGet(() -> new ScoreSheet(a.proposalId(), a.challengeId(), a.evaluatorId(), clock.instant()));
        if (sheet.status == ScoreSheet.Status.SUBMITTED) {
            throw new UserFacingException("evaluation.error.alreadySubmitted");
        }
        if (sheet.getId() != null && sheet.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ScoreSheet.class, sheet.getId());
        }
        return sheet;
    }
}
