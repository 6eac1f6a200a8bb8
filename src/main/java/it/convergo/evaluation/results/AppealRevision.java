package it.convergo.evaluation.results;

import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.SubmittedProposals;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an appeal (in {@code evaluation.appeals}) reads of and changes in the published results: when they were
 * published, the decision, and the decision's appeal state, which the Evaluation Summary Report states. A
 * re-evaluation changes the published outcome through the same decision row the firm decided with, keeping the
 * outcome it had before. The caller checks who may do it; every change runs in the caller's transaction.
 */
@Component
public class AppealRevision {

    /** The appeal states the decision keeps; the report has a sentence for each. */
    public static final String FILED = "FILED";
    public static final String UPHELD = "UPHELD";
    public static final String RE_EVALUATED = "RE_EVALUATED";

    private final PublicationRepository publications;
    private final DecisionRepository decisions;
    private final SubmittedProposals proposals;
    private final AuditLog audit;
    private final Clock clock;

    AppealRevision(PublicationRepository publications, DecisionRepository decisions, SubmittedProposals proposals,
                   AuditLog audit, Clock clock) {
        this.publications = publications;
        this.decisions = decisions;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the challenge's results were published; empty before. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Instant> publishedAt(long challengeId) {
        return publications.findByChallengeId(challengeId).map(p -> p.publishedAt);
    }

    /** The published decision on the proposal, with its feedback. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Decided> decision(long proposalId) {
        return decisions.findByProposalId(proposalId).map(d -> new Decided(d.outcome, d.feedback, d.outcomeBeforeAppeal));
    }

    /** The published decisions on these proposals, by proposal; one query. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public java.util.Map<Long, Decided> decisions(java.util.Collection<Long> proposalIds) {
        return proposalIds.isEmpty() ? java.util.Map.of() : decisions.findByProposalIdIn(proposalIds).stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.proposalId,
                        d -> new Decided(d.outcome, d.feedback, d.outcomeBeforeAppeal)));
    }

    /** The decision as the appeal sees it: the current outcome and, after a re-evaluation, the one before. */
    public record Decided(Outcome outcome, String feedback, Outcome before) {
    }

    /** Notes on the decision that an appeal against it was filed (the report says so from now on). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void filed(long proposalId) {
        ProposalDecision d = decided(proposalId);
        d.appealOutcome = FILED;
        decisions.save(d);
    }

    /** The appeal was rejected: the result stands, and the report says so. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void upheld(long proposalId) {
        ProposalDecision d = decided(proposalId);
        d.appealOutcome = UPHELD;
        decisions.save(d);
    }

    /**
     * The proposal was re-evaluated and its outcome changes: the decision takes the new outcome (and feedback,
     * when given), keeps the one before, and the applicant's proposal shows the new outcome.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reevaluated(long proposalId, Outcome outcome, String feedback) {
        ProposalDecision d = decided(proposalId);
        if (outcome == null) {
            throw new UserFacingException("evaluation.error.outcomeRequired");
        }
        if (outcome == d.outcome) {
            throw new UserFacingException("appeal.error.sameOutcome");
        }
        d.outcomeBeforeAppeal = d.outcome;
        d.outcome = outcome;
        if (feedback != null && !feedback.isBlank()) {
            d.feedback = feedback.strip();
        }
        d.appealOutcome = RE_EVALUATED;
        d.decidedAt = clock.instant();
        decisions.save(d);
        proposals.recordOutcome(proposalId, ProposalStatus.DECIDED, d.outcome.labelKey()
                + (d.feedback == null ? "" : "|" + d.feedback));
        audit.record("evaluation.decisionRevised", "proposal:" + proposalId, d.outcomeBeforeAppeal.name() + " -> " + outcome.name());
    }

    private ProposalDecision decided(long proposalId) {
        return decisions.findByProposalId(proposalId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** Two-parameter translation, for the report's sentence on a changed outcome. */
    @FunctionalInterface
    interface Translate2 {
        String apply(String key, Object first, Object second);
    }

    /** The report's sentence on appeals: none, filed and pending, rejected, or the outcome it changed. */
    static String statement(ProposalDecision d, Function<String, String> t, Translate2 t2) {
        if (d.appealOutcome == null) {
            return t.apply("esr.appeal.NONE");
        }
        if (RE_EVALUATED.equals(d.appealOutcome) && d.outcomeBeforeAppeal != null) {
            return t2.apply("esr.appeal.RE_EVALUATED", t.apply(d.outcomeBeforeAppeal.labelKey()), t.apply(d.outcome.labelKey()));
        }
        return t.apply("esr.appeal." + d.appealOutcome);
    }
}
