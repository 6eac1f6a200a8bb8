package it.convergo.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.audit.AuditEvent;
import it.convergo.audit.AuditLog;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.AutoAssignment;
import it.convergo.evaluation.panel.BidItem;
import it.convergo.evaluation.panel.BiddingService;
import it.convergo.evaluation.panel.PanelCandidate;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.proposal.NamedExclusion;
import it.convergo.proposal.ProposalExclusions;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalSummary;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Applicants' conflicts: the lead names organisations and people who should not evaluate the proposal; the
 * firm reads them with the reasons and cannot put those evaluators on the panel by hand, by suggestion, through
 * bidding or through the optimiser; the evaluators concerned are never told.
 */
class ApplicantConflictsTest extends KaribuTest {

    @Autowired ChallengeFixtures challenges;
    @Autowired ProposalFixtures proposalFixtures;
    @Autowired AccountFixtures accounts;
    @Autowired EligibilityService eligibility;
    @Autowired PanelService panels;
    @Autowired BiddingService bidding;
    @Autowired ProposalExclusions exclusions;
    @Autowired AuditLog audit;

    UserAccount manager;
    UserAccount applicant;
    long challenge;
    long proposal;
    Organisation rivalOrg;
    UserAccount rival;
    UserAccount byEmail;
    UserAccount byName;
    List<UserAccount> clean = new java.util.ArrayList<>();

    @BeforeEach
    void aDraftAndAJury() {
        manager = challenges.firmManager();
        challenges.signIn(manager);
        ChallengeDraft draft = challenges.completeDraft(ChallengeFixtures.unique("Named"));
        LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        draft.setOpensAt(now);
        draft.setClosesAt(now.plusDays(30));
        draft.setEvaluatorsPerProposal(2);
        draft.setBlindEvaluation(true);
        challenge = challenges.publishAndOpen(draft);
        rivalOrg = accounts.organisation("Concorrente Università", OrganisationType.SME);
        rival = accounts.user("rival", rivalOrg, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        Organisation jury = accounts.organisation("NamedJury", OrganisationType.RESEARCH_CENTRE);
        byEmail = accounts.user("byemail", jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        byName = accounts.user("byname" + System.nanoTime(), jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR);
        for (int i = 0; i < 3; i++) {
            clean.add(accounts.user("clean" + i, jury, Set.of(TechnologyArea.ROBOTICS), Role.EVALUATOR));
        }
        applicant = challenges.applicant();
        proposal = proposalFixtures.complete(applicant, challenge);
    }

    @Test
    void theLeadNamesThemTheFirmSeesWhyAndNoPanelRouteLetsThemIn() {
        challenges.signIn(applicant);
        // names are matched without case, accents or extra spaces
        exclusions.add(proposal, NamedExclusion.Kind.ORGANISATION, null, null,
                rivalOrg.getName().toUpperCase(Locale.ROOT).replace("À", "A"), "Direct competitor on vision retrofits");
        exclusions.add(proposal, NamedExclusion.Kind.PERSON, "Someone", byEmail.getEmail().toUpperCase(Locale.ROOT), null,
                "Former partner in a dispute");
        exclusions.add(proposal, NamedExclusion.Kind.PERSON, byName.getFullName(), null, null, "Advises a competitor");
        NamedExclusion removed = exclusions.add(proposal, NamedExclusion.Kind.ORGANISATION, null, null, "Nobody Srl", "Typo");
        exclusions.remove(proposal, removed.id());

        // bad input: a clear message, nothing saved
        assertRefused(() -> exclusions.add(proposal, NamedExclusion.Kind.PERSON, "Mario", null, null, " "),
                "proposal.exclusions.error.reason");
        assertRefused(() -> exclusions.add(proposal, NamedExclusion.Kind.PERSON, null, " ", "Acme", "why"),
                "proposal.exclusions.error.person");
        assertRefused(() -> exclusions.add(proposal, NamedExclusion.Kind.ORGANISATION, "Mario", null, " ", "why"),
                "proposal.exclusions.error.organisation");
        assertRefused(() -> exclusions.add(proposal, NamedExclusion.Kind.PERSON, null, "not-an-address", null, "why"),
                "proposal.error.email");
        assertRefused(() -> exclusions.add(proposal, NamedExclusion.Kind.ORGANISATION, null, null, "Acme", "x".repeat(1001)),
                "proposal.exclusions.error.reason");
        assertThat(exclusions.list(proposal)).hasSize(3);

        // who may not: another applicant (not found), an evaluator (no applicant role)
        challenges.signIn(challenges.applicant());
        assertRefused(() -> exclusions.list(proposal), "error.notFound");
        assertRefused(() -> exclusions.add(proposal, NamedExclusion.Kind.ORGANISATION, null, null, "Acme", "why"), "error.notFound");
        challenges.signIn(clean.getFirst());
        assertThatThrownBy(() -> exclusions.list(proposal)).isNotInstanceOf(UserFacingException.class);

        // after submitting the names are fixed
        challenges.signIn(applicant);
        proposalFixtures.submit(proposal);
        assertRefused(() -> exclusions.add(proposal, NamedExclusion.Kind.ORGANISATION, null, null, "Acme", "why"),
                "proposal.error.reopenFirst");
        assertThat(audit.about(List.of("proposal:" + proposal), 50)).extracting(AuditEvent::getAction)
                .contains("proposal.exclusionAdded", "proposal.exclusionRemoved");

        challenges.fireLifecycleTimer(challenge);
        challenges.signIn(manager);
        eligibility.decide(challenge, List.of(proposal), true, null, null);
        Set<Long> named = Set.of(rival.getId(), byEmail.getId(), byName.getId());

        // bidding: the named evaluators do not even see the proposal; the others do
        bidding.open(challenge);
        challenges.signIn(rival);
        assertThat(bidding.items(challenge)).extracting(BidItem::proposalId).doesNotContain(proposal);
        assertRefused(() -> bidding.bid(challenge, proposal, it.convergo.evaluation.panel.Bid.EAGER), "error.notFound");
        challenges.signIn(clean.getFirst());
        assertThat(bidding.items(challenge)).extracting(BidItem::proposalId).contains(proposal);
        challenges.signIn(manager);
        bidding.close(challenge);

        // suggestions: excluded, with the applicant's reason for the firm
        List<PanelCandidate> candidates = panels.candidates(proposal);
        assertThat(candidates).filteredOn(c -> named.contains(c.evaluatorId())).hasSize(3).allSatisfy(c -> {
            assertThat(c.exclusion()).isEqualTo(PanelCandidate.Exclusion.NAMED_BY_APPLICANT);
            assertThat(c.suggested()).isFalse();
            assertThat(c.namedReason()).isNotBlank();
        });
        assertThat(candidates).filteredOn(c -> c.evaluatorId() == rival.getId()).singleElement()
                .extracting(PanelCandidate::namedReason).isEqualTo("Direct competitor on vision retrofits");

        // the optimiser never proposes them
        AutoAssignment auto = panels.propose(challenge, false, Map.of(), Map.of());
        assertThat(auto.feasible()).isTrue();
        assertThat(auto.panels().get(proposal)).hasSize(2).doesNotContainAnyElementsOf(named);

        // a manual choice that violates one is refused, saying why; nothing is assigned
        Instant due = Instant.now().plus(10, ChronoUnit.DAYS);
        assertThatThrownBy(() -> panels.assign(proposal, List.of(clean.getFirst().getId(), rival.getId()),
                clean.getFirst().getId(), due)).isInstanceOf(UserFacingException.class)
                .hasMessage("evaluation.error.namedByApplicant")
                .satisfies(e -> assertThat(((UserFacingException) e).params()).contains(rival.getFullName(),
                        "Direct competitor on vision retrofits"));
        assertThat(panels.waitingForPanel(challenge)).extracting(ProposalSummary::id).contains(proposal);

        // another firm cannot read what the applicant named
        challenges.signIn(challenges.firmManager());
        assertRefused(() -> panels.namedByApplicant(proposal), "error.notFound");

        // the firm reads them on the panel page, in English and in Italian
        login(manager.getEmail());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("evaluation/" + challenge);
            _get(TabSheet.class).setSelectedIndex(1);
            @SuppressWarnings("unchecked")
            ComboBox<ProposalSummary> pick = _get(ComboBox.class, s -> s.withLabel(translations.get("evaluation.panels.pick", locale)));
            UserInput.set(pick, pick.getListDataView().getItems().filter(p -> p.id() == proposal).findFirst().orElseThrow());
            assertThat(pageText()).contains(translations.get("evaluation.panels.namedTitle", locale),
                    "Direct competitor on vision retrofits", "Former partner in a dispute", byEmail.getEmail(),
                    byName.getFullName(), translations.get("evaluation.panels.namedHelp", locale));
            UI.getCurrent().navigate("firm");
        }
        panels.assign(proposal, List.of(clean.get(0).getId(), clean.get(1).getId()), clean.get(0).getId(), due);

        // the evaluators never read who named anyone, nor why
        logout();
        login(clean.getFirst().getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        for (String page : List.of("evaluate", "evaluate/" + proposal)) {
            UI.getCurrent().navigate(page);
            assertThat(pageText()).doesNotContain("Direct competitor", "Former partner", "Advises a competitor",
                    rivalOrg.getName(), t("evaluation.exclusion.NAMED_BY_APPLICANT"));
        }
    }

    @Test
    void theLeadNamesAnOrganisationOnTheProposalPageInBothLanguages() {
        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/" + proposal);
        add(NamedExclusion.Kind.ORGANISATION, "Rival Robotics SpA", "They compete on the same tender");
        assertThat(pageText()).contains(t("proposal.section.exclusions"), "Rival Robotics SpA", "They compete on the same tender");

        // a missing reason is marked on the field and nothing is added
        UserInput.set(_get(TextField.class, s -> s.withLabel(t("proposal.exclusions.organisation"))), "Other SpA");
        _click(_get(Button.class, s -> s.withText(t("proposal.exclusions.add"))));
        TextArea reason = _get(TextArea.class, s -> s.withLabel(t("proposal.exclusions.reason")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(t("proposal.exclusions.error.reason", 1000));
        assertThat(pageText()).doesNotContain("Other SpA —");

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("proposals/" + proposal);
        add(NamedExclusion.Kind.PERSON, null, "Ha lavorato con un concorrente");
        assertThat(pageText()).contains(translations.get("proposal.section.exclusions", Locale.ITALIAN),
                translations.get("proposal.exclusions.kind.PERSON", Locale.ITALIAN), "Mario Bianchi");
        challenges.signIn(applicant);
        assertThat(exclusions.list(proposal)).extracting(NamedExclusion::who).containsExactly("Rival Robotics SpA", "Mario Bianchi");
    }

    /** Fills the form on the proposal page and adds (a person is Mario Bianchi). */
    @SuppressWarnings("unchecked")
    private void add(NamedExclusion.Kind kind, String organisation, String why) {
        Locale locale = UI.getCurrent().getLocale();
        UserInput.set((RadioButtonGroup<NamedExclusion.Kind>) _get(RadioButtonGroup.class,
                s -> s.withLabel(translations.get("proposal.exclusions.kind", locale))), kind);
        if (kind == NamedExclusion.Kind.PERSON) {
            UserInput.set(_get(TextField.class, s -> s.withLabel(translations.get("proposal.exclusions.person", locale))), "Mario Bianchi");
        } else {
            UserInput.set(_get(TextField.class, s -> s.withLabel(translations.get("proposal.exclusions.organisation", locale))), organisation);
        }
        UserInput.set(_get(TextArea.class, s -> s.withLabel(translations.get("proposal.exclusions.reason", locale))), why);
        _click(_get(Button.class, s -> s.withText(translations.get("proposal.exclusions.add", locale))));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class).hasMessage(key);
    }
}
