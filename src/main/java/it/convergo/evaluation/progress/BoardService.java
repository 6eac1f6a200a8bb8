package it.convergo.evaluation.progress;

import it.convergo.challenge.FirmChallenges;
import it.convergo.audit.AuditEvent;
import it.convergo.audit.AuditLog;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.EvaluationTask;
import it.convergo.workflow.ProposalEvaluation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's view of its evaluations: which challenges, and for each proposal where it stands. */
@Service
public class BoardService {

    private final EvaluationAccess access;
    private final FirmChallenges challenges;
    private final SubmittedProposals proposals;
    private final ProposalEvaluation workflow;
    private final PanelService panels;
    private final AuditLog audit;
    private final Readiness readiness;

    BoardService(EvaluationAccess access, FirmChallenges challenges, SubmittedProposals proposals,
                 ProposalEvaluation workflow, PanelService panels, AuditLog audit, Readiness readiness) {
        this.readiness = readiness;
        this.access = access;
        this.challenges = challenges;
        this.proposals = proposals;
        this.workflow = workflow;
        this.panels = panels;
        this.audit = audit;
    }

    /** The firm's challenges (all of them for admins), one page at a time. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ChallengeRow> challenges(String search, Pageable pageable) {
        return challenges.mine(search, null, pageable);
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countChallenges(String search) {
        return challenges.countMine(search, null);
    }

    @Transactional(readOnly = true)
    public ChallengeView challenge(long challengeId) {
        return access.firmChallenge(challengeId);
    }

    @Transactional(readOnly = true)
    public List<BoardRow> board(long challengeId) {
        access.firmChallenge(challengeId);
        List<BoardRow> rows = new ArrayList<>();
        for (ProposalSummary p : access.visible(proposals.submittedTo(challengeId))) {
            List<EvaluationTask> steps = workflow.currentSteps(p.id());
            List<PanelService.PanelMember> panel = panels.panel(p.id());
            rows.add(new BoardRow(p.id(), p.title(), p.organisationName(), steps, panel,
                    steps.stream().anyMatch(s -> s.actor() == EvaluationTask.Actor.FIRM), (int) panel.stream().filter(PanelService.PanelMember::late).count()));
        }
        return rows;
    }

    /** Why the ranking is not open yet: each proposal still waiting, for what and for whom. */
    @Transactional(readOnly = true)
    public ReadinessReport readiness(long challengeId) {
        access.firmChallenge(challengeId);
        return readiness.report(challengeId);
    }

    /** What happened in this challenge's evaluation and to its proposals, newest first (last 300 entries). */
    @Transactional(readOnly = true)
    public List<AuditEvent> audit(long challengeId) {
        access.firmChallenge(challengeId);
        List<String> subjects = new ArrayList<>();
        subjects.add("challenge:" + challengeId);
        access.visible(proposals.submittedTo(challengeId)).forEach(p -> subjects.add("proposal:" + p.id()));
        return audit.about(subjects, 300);
    }

    /** The BPMN diagram of one proposal's evaluation with its current step highlighted (PNG). */
    @Transactional(readOnly = true)
    public byte[] diagram(long proposalId) {
        access.firmProposal(proposalId);
        return workflow.diagram(proposalId);
    }
}
