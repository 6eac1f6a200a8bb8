package it.convergo.challenge;

import it.convergo.account.AccountFixtures;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Firms, their managers and ready-to-publish challenges for tests; unique names on every call. */
@Component
public class ChallengeFixtures {

    private final AccountFixtures accounts;
    private final ChallengeEditor editor;
    private final ChallengePublishing publishing;
    private final UserDetailsService userDetails;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;

    ChallengeFixtures(AccountFixtures accounts, ChallengeEditor editor, ChallengePublishing publishing,
                      UserDetailsService userDetails,
                      RuntimeService runtime, ManagementService management, Clock clock) {
        this.accounts = accounts;
        this.editor = editor;
        this.publishing = publishing;
        this.userDetails = userDetails;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    /** A lead firm with one manager. */
    public UserAccount firmManager() {
        Organisation firm = accounts.organisation("Firm", OrganisationType.LARGE_COMPANY);
        return accounts.user("manager", firm, Role.FIRM_MANAGER);
    }

    public UserAccount colleagueOf(UserAccount manager) {
        return accounts.user("colleague", accounts.reload(manager.getId()).getOrganisation(), Role.FIRM_MANAGER);
    }

    public UserAccount applicant() {
        return accounts.user("applicant", accounts.organisation("Startup", OrganisationType.STARTUP), Role.APPLICANT);
    }

    public UserAccount user(String prefix, Role role) {
        return accounts.user(prefix, accounts.organisation("Org", OrganisationType.SME), role);
    }

    /** Signs in for service calls, as a form login would. */
    public AccountPrincipal signIn(UserAccount user) {
        AccountPrincipal principal = (AccountPrincipal) userDetails.loadUserByUsername(user.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A complete draft opening tomorrow at 9:00 and closing in 30 days at 17:00 (Europe/Rome). */
    public ChallengeDraft completeDraft(String title) {
        ChallengeDraft d = editor.newDraft(Locale.ENGLISH);
        d.setTitle(title);
        d.setSummary("Find a way to " + title.toLowerCase(Locale.ROOT));
        d.setDescription("## The challenge\n\nWe look for **partners**.");
        d.setProblem("Our line wastes energy.");
        d.setExpectedOutcome("A pilot on one line.");
        d.setSector(Sector.MECHANICAL_ENGINEERING);
        d.setAreas(new java.util.HashSet<>(Set.of(TechnologyArea.ROBOTICS, TechnologyArea.INDUSTRIAL_IOT)));
        LocalDateTime tomorrow = LocalDateTime.now(Times.ROME).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        d.setOpensAt(tomorrow);
        d.setClosesAt(tomorrow.plusDays(30));
        d.setRewards(new ArrayList<>(List.of(new RewardDef(RewardType.PRIZE_MONEY, "Cash prize", new BigDecimal("20000")),
                new RewardDef(RewardType.PILOT_CONTRACT, "Paid pilot", null))));
        d.setQuestions(new ArrayList<>(List.of(
                new QuestionDef(QuestionType.LONG_TEXT, "How will you test it?", "Come lo testerete?", true, 1500, null, List.of()),
                new QuestionDef(QuestionType.SINGLE_CHOICE, "Stage", null, false, null, null, List.of("Idea", "Prototype")))));
        return d;
    }

    /** A draft saved by the signed-in manager. */
    public long draft(String title) {
        return editor.save(completeDraft(title));
    }

    /** A challenge published by the signed-in manager (scheduled: its opening timer is waiting). */
    public long published(String title) {
        long id = draft(title);
        publishing.publish(id, editor.draft(id).getVersion());
        return id;
    }

    /**
     * A challenge published by the signed-in manager that opened at the start of the current minute (portal
     * clock) and closes in 30 days: its opening timer is fired by hand, as the workflow tests do.
     */
    public long open(String title) {
        ChallengeDraft d = completeDraft(title);
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.ROME)).truncatedTo(ChronoUnit.MINUTES);
        d.setOpensAt(now);
        d.setClosesAt(now.plusDays(30));
        return publishAndOpen(d);
    }

    /**
     * A two-stage challenge published by the signed-in manager and opened now (timer fired by hand): outlines
     * until in 10 days, full proposals until in 30 days; the first question (a required long text) belongs to
     * the outline, the second (a choice) to the full form only.
     */
    public long twoStageOpen(String title, QuestionDef... fullFormOnly) {
        ChallengeDraft d = completeDraft(title);
        d.getQuestions().addAll(List.of(fullFormOnly));
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.ROME)).truncatedTo(ChronoUnit.MINUTES);
        d.setOpensAt(now);
        d.setClosesAt(now.plusDays(30));
        d.setTwoStage(true);
        d.setOutlineClosesAt(now.plusDays(10));
        d.getQuestions().set(0, d.getQuestions().get(0).withOutline(true));
        return publishAndOpen(d);
    }

    /** Saves, publishes and opens the draft now, whatever its opening time says (the timer is fired by hand). */
    public long publishAndOpen(ChallengeDraft d) {
        long id = editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());
        fireOpeningTimer(id);
        return id;
    }

    /**
     * Fires the opening timer by hand, unless the job executor of a running node (the load test's set-up works on
     * the nodes' database) fires it first: then this waits until it has, and never touches the closing timer.
     */
    private void fireOpeningTimer(long challengeId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("challenge:" + challengeId)
                .singleResult().getId();
        for (int attempt = 0; attempt < 600; attempt++) {
            if (runtime.createExecutionQuery().processInstanceId(process).activityId("waitingToOpen").count() == 0) {
                return;
            }
            Job timer = management.createTimerJobQuery().processInstanceId(process).elementId("waitingToOpen").singleResult();
            try {
                if (timer != null) {
                    management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
                    return;
                }
            } catch (org.flowable.common.engine.api.FlowableException takenByANode) {
                // a node's executor moved or ran it meanwhile: look again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("challenge " + challengeId + " did not open");
    }

    /** Fires the waiting timer of the challenge's lifecycle: the opening one, then the closing one. */
    public void fireLifecycleTimer(long challengeId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("challenge:" + challengeId)
                .singleResult().getId();
        Job timer = management.createTimerJobQuery().processInstanceId(process).singleResult();
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
    }

    public static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime(), 36);
    }

    public static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }
}
