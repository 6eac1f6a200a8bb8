package it.convergo.workflow;

import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.scoring.ScoringService;
import it.convergo.proposal.ProposalFixtures;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * A proposal under evaluation for the clarification-round tests: a firm, an applicant organisation, a panel of
 * two who declared no conflict (the first is the rapporteur), an evaluator outside the panel, another applicant.
 */
@Component
class QuestionScenario {

    record Setup(long challenge, long proposal, UserAccount manager, Organisation organisation, UserAccount applicant,
                 UserAccount rapporteur, UserAccount member, UserAccount outsider, UserAccount otherApplicant) {
    }

    final ChallengeFixtures challenges;
    private final AccountFixtures accounts;
    private final ProposalFixtures proposals;
    private final EligibilityService eligibility;
    private final PanelService panels;
    private final ScoringService scoring;
    private final RuntimeService runtime;
    private final ManagementService management;

    QuestionScenario(ChallengeFixtures challenges, AccountFixtures accounts, ProposalFixtures proposals,
                     EligibilityService eligibility, PanelService panels, ScoringService scoring, RuntimeService runtime,
                     ManagementService management) {
        this.challenges = challenges;
        this.accounts = accounts;
        this.proposals = proposals;
        this.eligibility = eligibility;
        this.panels = panels;
        this.scoring = scoring;
        this.runtime = runtime;
        this.management = management;
    }

    Setup underEvaluation(boolean blind) {
        UserAccount manager = challenges.firmManager();
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique(blind ? "Blind questions" : "Questions"));
        LocalDateTime now = LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(2);
        draft.setBlindEvaluation(blind);
        long challenge = challenges.publishAndOpen(draft);
        Organisation organisation = accounts.organisation("Officine Quesiti " + AccountFixtures.uniqueVat(), OrganisationType.STARTUP);
        UserAccount applicant = accounts.user("quesito", organisation, Role.APPLICANT);
        long proposal = proposals.submitted(applicant, challenge);
        UserAccount other = accounts.user("altro", accounts.organisation("Altra Srl", OrganisationType.SME), Role.APPLICANT);
        Organisation jury = accounts.organisation("Giuria", OrganisationType.RESEARCH_CENTRE);
        UserAccount rapporteur = accounts.user("relatore", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        UserAccount member = accounts.user("membro", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        UserAccount outsider = accounts.user("esterno", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        challenges.fireLifecycleTimer(challenge);
        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(proposal), true, null, null);
        panels.assign(proposal, List.of(rapporteur.getId(), member.getId()), rapporteur.getId(),
                Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        for (UserAccount evaluator : List.of(rapporteur, member)) {
            challenges.signIn(evaluator);
            scoring.acceptConfidentiality(challenge);
            scoring.declare(proposal, false, null);
        }
        challenges.signOut();
        return new Setup(challenge, proposal, manager, organisation, applicant, rapporteur, member, outsider, other);
    }

    /** Fires the answer deadline of the question due at {@code dueAt}, as the job executor would. */
    void fireAnswerDeadline(long proposal, Instant dueAt) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("proposal:" + proposal)
                .singleResult().getId();
        Job due = management.createTimerJobQuery().processInstanceId(process).list().stream()
                .filter(j -> j.getDuedate().toInstant().equals(dueAt)).findFirst().orElseThrow();
        management.executeJob(management.moveTimerToExecutableJob(due.getId()).getId());
    }
}
