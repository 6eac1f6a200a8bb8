package it.convergo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.AccountService;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.audit.AuditEvent;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.Visibility;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.support.SpringTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who sees which dates in a feed, secrets that stop working, and the challenge file's visibility. */
class CalendarFeedTest extends SpringTest {

    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    Challenges challengeService;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    ChallengePublishing publishing;
    @Autowired
    EligibilityService eligibility;
    @Autowired
    PanelService panels;
    @Autowired
    FeedTokens tokens;
    @Autowired
    AuditLog auditLog;
    @Autowired
    FeedCalendar feeds;
    @Autowired
    ChallengeCalendarFile challengeFile;

    /** An open challenge of the manager's firm with every key date set. */
    private long openChallengeWithAllDates(UserAccount manager, String title) {
        challenges.signIn(manager);
        ChallengeDraft d = challenges.completeDraft(ChallengeFixtures.unique(title));
        LocalDateTime now = LocalDateTime.now(Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        d.setOpensAt(now);
        d.setClosesAt(now.plusDays(30));
        d.setEvaluationEndsAt(now.plusDays(60));
        d.setResultsAt(now.plusDays(70));
        d.setEvaluatorsPerProposal(1);
        return challenges.publishAndOpen(d);
    }

    /** The feed's secret, made as the user. */
    private String feedOf(UserAccount user) {
        challenges.signIn(user);
        String address = tokens.renew();
        challenges.signOut();
        assertThat(address).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    private ParsedIcs read(String secret) {
        return ParsedIcs.of(feeds.forSecret(secret).orElseThrow());
    }

    private static String uid(long challenge, String date) {
        return "challenge-" + challenge + "-" + date + "@localhost";
    }

    @Test
    void applicantsSeeTheDeadlinesOfTheirProposalsChallengesAndManagersTheirFirmsDates() {
        UserAccount manager = challenges.firmManager();
        long mine = openChallengeWithAllDates(manager, "Feed robots");
        challenges.signIn(manager);
        long draft = challenges.draft(ChallengeFixtures.unique("Feed draft"));
        long other = openChallengeWithAllDates(challenges.firmManager(), "Feed other firm");

        UserAccount drafting = challenges.applicant();
        proposals.complete(drafting, mine);
        UserAccount submitting = challenges.applicant();
        proposals.submitted(submitting, mine);
        UserAccount stranger = challenges.applicant();

        ParsedIcs drafter = read(feedOf(drafting));
        assertThat(drafter.uids()).containsExactly(uid(mine, "closes"), uid(mine, "results"));
        ParsedIcs.Entry deadline = drafter.entry(uid(mine, "closes")).orElseThrow();
        assertThat(deadline.summary()).startsWith("Deadline: Feed robots");
        assertThat(deadline.url()).startsWith("http://localhost:8080/challenges/");
        assertThat(deadline.tzid()).isEqualTo("Europe/Rome");
        assertThat(deadline.start()).isEqualTo(challengeService.view(mine).closesAt());
        assertThat(read(feedOf(submitting)).uids()).containsExactly(uid(mine, "closes"), uid(mine, "results"));
        assertThat(read(feedOf(stranger)).entries()).isEmpty();

        ParsedIcs firm = read(feedOf(manager));
        assertThat(firm.uids()).contains(uid(mine, "opens"), uid(mine, "closes"), uid(mine, "evaluation-ends"), uid(mine, "results"),
                uid(draft, "closes")).noneMatch(u -> u.startsWith("challenge-" + other + "-"));
    }

    @Test
    void evaluatorsSeeWhenTheirOpenEvaluationsAreDue() {
        UserAccount manager = challenges.firmManager();
        long challenge = openChallengeWithAllDates(manager, "Feed evaluation");
        long proposal = proposals.submitted(challenges.applicant(), challenge);
        UserAccount evaluator = accounts.user("feedeval", accounts.organisation("Jury", OrganisationType.RESEARCH_CENTRE),
                Set.of(it.convergo.base.TechnologyArea.ROBOTICS), Role.EVALUATOR);
        UserAccount idle = accounts.user("feedidle", null, Role.EVALUATOR);
        challenges.fireLifecycleTimer(challenge);
        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(proposal), true, null, null);
        Instant due = Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        panels.assign(proposal, List.of(evaluator.getId()), evaluator.getId(), due);

        ParsedIcs feed = read(feedOf(evaluator));
        ParsedIcs.Entry entry = feed.entry("evaluation-" + proposal + "-due@localhost").orElseThrow();
        assertThat(entry.start()).isEqualTo(due);
        assertThat(entry.summary()).startsWith("Evaluation due: ");
        assertThat(entry.url()).isEqualTo("http://localhost:8080/evaluate/" + proposal);
        assertThat(read(feedOf(idle)).entries()).isEmpty();
    }

    @Test
    void theFeedIsInTheReadersLanguage() {
        UserAccount manager = challenges.firmManager();
        long challenge = openChallengeWithAllDates(manager, "Feed lingua");
        challenges.signIn(manager);
        accountService.changeLanguage(Locale.ITALIAN);
        ParsedIcs feed = read(feedOf(manager));
        assertThat(feed.entry(uid(challenge, "closes")).orElseThrow().summary()).startsWith("Scadenza: Feed lingua");
        assertThat(feed.entry(uid(challenge, "results")).orElseThrow().description()).contains("risultati");
    }

    @Test
    void aRenewedOrRevokedSecretIsRefused() {
        UserAccount applicant = challenges.applicant();
        String first = feedOf(applicant);
        assertThat(feeds.forSecret(first)).isPresent();
        String second = feedOf(applicant);
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.forSecret(first)).as("the old address stops working").isEmpty();
        assertThat(feeds.forSecret(second)).isPresent();

        challenges.signIn(applicant);
        assertThat(tokens.createdAt()).isPresent();
        tokens.revoke();
        assertThat(tokens.createdAt()).isEmpty();
        assertThat(feeds.forSecret(second)).isEmpty();

        challenges.signIn(challenges.user("feedauditor", Role.ADMIN));
        assertThat(auditLog.about(List.of("user:" + applicant.getId()), 10)).extracting(AuditEvent::getAction)
                .contains("calendar.feedCreated", "calendar.feedRevoked");

        assertThat(feeds.forSecret("x".repeat(43))).isEmpty();
        assertThat(feeds.forSecret("../../etc/passwd")).isEmpty();
        assertThat(feeds.forSecret("")).isEmpty();
    }

    @Test
    void aDisabledAccountsFeedIsRefused() {
        UserAccount applicant = challenges.applicant();
        String secret = feedOf(applicant);
        challenges.signIn(challenges.user("feedadmin", Role.ADMIN));
        accountService.setDisabled(applicant.getId(), true);
        assertThat(feeds.forSecret(secret)).isEmpty();
        accountService.setDisabled(applicant.getId(), false);
        assertThat(feeds.forSecret(secret)).isPresent();
    }

    @Test
    void onlySignedInUsersManageAFeed() {
        challenges.signOut();
        assertThatThrownBy(() -> tokens.renew()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> tokens.revoke()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anInviteOnlyChallengesFileIsGivenOnlyToThoseWhoMaySeeIt() {
        UserAccount manager = challenges.firmManager();
        UserAccount invited = accounts.user("feedinvited", accounts.organisation("Invited", OrganisationType.STARTUP), Role.APPLICANT);
        UserAccount stranger = challenges.applicant();
        challenges.signIn(manager);
        long id = challenges.draft(ChallengeFixtures.unique("Feed secret call"));
        ChallengeDraft d = editor.draft(id);
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setInvitedOrganisations(new HashSet<>(Set.of(accounts.reload(invited.getId()).getOrganisation().getId())));
        editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());

        assertThat(ParsedIcs.of(challengeFile.content(id, Locale.ENGLISH).orElseThrow()).uids())
                .containsExactly(uid(id, "opens"), uid(id, "closes"));
        challenges.signIn(invited);
        assertThat(challengeFile.content(id, Locale.ENGLISH)).isPresent();
        challenges.signIn(stranger);
        assertThat(challengeFile.content(id, Locale.ENGLISH)).isEmpty();
        challenges.signOut();
        assertThat(challengeFile.content(id, Locale.ENGLISH)).isEmpty();
        assertThat(challengeFile.content(Long.MAX_VALUE, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aPublicChallengesFileListsEveryKeyDateForAnyVisitor() {
        long id = openChallengeWithAllDates(challenges.firmManager(), "Feed public");
        challenges.signOut();
        ParsedIcs file = ParsedIcs.of(challengeFile.content(id, Locale.ITALIAN).orElseThrow());
        assertThat(file.uids()).containsExactly(uid(id, "opens"), uid(id, "closes"), uid(id, "evaluation-ends"), uid(id, "results"));
        assertThat(file.entry(uid(id, "opens")).orElseThrow().summary()).startsWith("Apertura: Feed public");
    }
}
