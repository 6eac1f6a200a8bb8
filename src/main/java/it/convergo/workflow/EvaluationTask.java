package it.convergo.workflow;

import java.util.Optional;

/**
 * The waiting steps of {@code proposal-evaluation} that people act on, with their BPMN ids. Services and
 * views use these constants, never the ids themselves, so a renamed step breaks the build, not the portal.
 */
public enum EvaluationTask {
    /** the firm decides whether the proposal may be evaluated */
    ELIGIBILITY("eligibility", Actor.FIRM),
    /** the firm composes the panel */
    ASSIGNMENT("assignment", Actor.FIRM),
    /** an evaluator declares conflicts of interest (also every replacement, first) */
    CONFLICT_CHECK("conflictCheck", Actor.EVALUATOR),
    /** the firm names someone instead of an evaluator who declared a conflict */
    REPLACE_EVALUATOR("replaceEvaluator", Actor.FIRM),
    /** an evaluator scores the proposal */
    SCORING("scoring", Actor.EVALUATOR),
    /** the rapporteur leads the discussion of a divergent panel */
    CONSENSUS("consensus", Actor.RAPPORTEUR),
    /** the rapporteur confirms the computed consensus of an agreeing panel */
    CONFIRM_CONSENSUS("confirmConsensus", Actor.RAPPORTEUR),
    /** the applicant's organisation answers a question of the panel (clarification round) */
    ANSWER_QUESTIONS("answerQuestions", Actor.APPLICANT);

    /** Who completes the step. */
    public enum Actor { FIRM, EVALUATOR, RAPPORTEUR, APPLICANT }

    private final String bpmnId;
    private final Actor actor;

    EvaluationTask(String bpmnId, Actor actor) {
        this.bpmnId = bpmnId;
        this.actor = actor;
    }

    /** The activity id in {@code proposal-evaluation.bpmn20.xml}. */
    public String bpmnId() {
        return bpmnId;
    }

    public Actor actor() {
        return actor;
    }

    public boolean isConsensus() {
        return actor == Actor.RAPPORTEUR;
    }

    /** Translation key of the step's name as the firm's progress board shows it. */
    public String labelKey() {
        return "evaluation.bpmn." + bpmnId;
    }

    /** The step for a BPMN activity id; empty for automatic steps, gateways, timers and the sub-process. */
    public static Optional<EvaluationTask> of(String bpmnId) {
        for (EvaluationTask t : values()) {
            if (t.bpmnId.equals(bpmnId)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
