package it.convergo.evaluation.progress;

import it.convergo.evaluation.panel.PanelService;
import it.convergo.workflow.EvaluationTask;
import java.util.List;

/**
 * Where one proposal stands, for the firm's progress board: the workflow steps it waits in, its panel,
 * who is late, and whether the next move is the firm's.
 */
public record BoardRow(long proposalId, String title, String organisationName, List<EvaluationTask> steps,
                       List<PanelService.PanelMember> panel, boolean waitingForFirm, int late) {
}
