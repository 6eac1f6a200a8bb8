package it.convergo.evaluation.appeals;

import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.workflow.AppealAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The process's "Tell the applicant" step: the applicant organisation hears that the reply is on the result page. */
@Component
class AppealNotices {

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final Notices notices;

    AppealNotices(EvaluationAccess access, SubmittedProposals proposals, Notices notices) {
        this.access = access;
        this.proposals = proposals;
        this.notices = notices;
    }

    @EventListener
    void answered(AppealAnswered event) {
        // processes started without a challenge row (workflow tests) have nobody to tell
        access.existingChallenge(event.challengeId()).ifPresent((ChallengeView challenge) -> {
            var p = proposals.summary(event.proposalId());
            notices.toApplicants(p.organisationId(), event.reevaluated() ? "appealReevaluated" : "appealUpheld",
                    "results/" + p.id(), p.title(), challenge.title());
        });
    }
}
