package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.UserFacingException;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.workflow.ChallengeLifecycle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** The firm's side of challenges: who may do what, validation, locking, files, the NDA and the promises made to applicants. */
class ChallengeEditingTest extends FirmDraftTest {

    @Autowired
    Clarifications clarifications;
    @Autowired
    ChallengeFiles files;
    @Autowired
    FirmChallenges firm;
    @Autowired
    ChallengeNda nda;
    @Autowired
    ChallengeLifecycle lifecycle;
    @Autowired
    ProposalFixtures proposals;

    @Test
    void managerCreatesEditsAndPublishes() {
        ChallengeDraft d = editor.draft(id);
        assertThat(d.getCriteria()).extracting(CriterionDef::name).containsExactly("Excellence", "Impact", "Implementation");
        assertThat(d.getOverallThreshold()).isEqualByComparingTo("10");
        assertThat(d.getEvaluatorsPerProposal()).isEqualTo(3);
        d.setSummary("A new summary");
        editor.save(d);
        assertThat(editor.draft(id).getSummary()).isEqualTo("A new summary");
        assertThat(editor.missingForPublish(id)).isEmpty();

        publishing.publish(id, editor.draft(id).getVersion());
        ChallengeView view = challenges.view(id);
        assertThat(view.status()).isEqualTo(ChallengeStatus.SCHEDULED);
        assertThat(view.slug()).startsWith("smart-welding-");
        assertThat(lifecycle.currentStep(id)).contains(it.convergo.workflow.LifecycleStep.WAITING_TO_OPEN);
        assertThat(view.descriptionHtml()).contains("<strong>partners</strong>");
        assertThat(view.form().questions()).hasSize(2);
        assertThat(view.evaluation().maxTotal()).isEqualByComparingTo("15");
        assertThat(challenges.isOpenForSubmission(id, ChallengeFixtures.inDays(2))).as("not yet opened by the timer").isFalse();
    }

    @Test
    void onlyTheOwningFirmAndAdminsMayEditPublishCloseOrSeeTheDashboard() {
        long version = editor.draft(id).getVersion();
        List<Consumer<Long>> firmActions = List.of(editor::draft, x -> publishing.publish(x, version), publishing::closeEarly,
                firm::dashboard, editor::missingForPublish, clarifications::questions, editor::cloneChallenge,
                x -> publishing.changeDeadline(x, java.time.LocalDateTime.now().plusDays(90)),
                x -> files.uploadBrief(x, "b.pdf", new byte[] {1}));
        UserAccount otherFirm = fixtures.firmManager();
        UserAccount applicant = fixtures.applicant();
        UserAccount evaluator = fixtures.user("evaluator", Role.EVALUATOR);
        ChallengeDraft stolen = fixtures.completeDraft("Hijack");
        stolen.setId(id);
        stolen.setVersion(version);
        for (UserAccount outsider : List.of(otherFirm, applicant, evaluator)) {
            fixtures.signIn(outsider);
            for (Consumer<Long> action : firmActions) {
                assertThatThrownBy(() -> action.accept(id)).as(outsider.getEmail())
                        .isInstanceOfAny(AccessDeniedException.class, UserFacingException.class)
                        .satisfies(e -> {
                            if (e instanceof UserFacingException u) {
                                assertThat(u.messageKey()).isEqualTo("error.notFound");
                            }
                        });
            }
            assertThatThrownBy(() -> editor.save(stolen)).isInstanceOfAny(AccessDeniedException.class, UserFacingException.class);
            if (outsider == otherFirm) {
                assertThat(firm.mine("", null, PageRequest.of(0, 50)).stream().map(ChallengeRow::id).toList())
                        .doesNotContain(id);
            } else {
                assertThatThrownBy(() -> firm.mine("", null, PageRequest.of(0, 50))).isInstanceOf(AccessDeniedException.class);
            }
        }
        fixtures.signOut();
        for (Consumer<Long> action : firmActions) {
            assertThatThrownBy(() -> action.accept(id)).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
        fixtures.signIn(manager);
        assertThat(editor.draft(id).getTitle()).startsWith("Smart welding");

        // a colleague of the same firm and an admin may
        fixtures.signIn(fixtures.colleagueOf(manager));
        assertThat(firm.dashboard(id).title()).startsWith("Smart welding");
        fixtures.signIn(fixtures.user("admin", Role.ADMIN));
        publishing.publish(id, version);
        assertThat(challenges.view(id).status()).isEqualTo(ChallengeStatus.SCHEDULED);
    }

    @Test
    void badInputIsRefusedWithAMessageAndChangesNothing() {
        ChallengeDraft before = editor.draft(id);
        refused(d -> d.setClosesAt(d.getOpensAt().minusDays(1)), "challenge.error.closesBeforeOpens");
        refused(d -> d.setTrlMin(8), d -> d.setTrlMax(4), "challenge.error.trl");
        refused(d -> d.getCriteria().set(0, withWeight(d.getCriteria().get(0), "0")), "challenge.error.weight");
        refused(d -> d.getCriteria().set(0, withWeight(d.getCriteria().get(0), "-1")), "challenge.error.weight");
        refused(d -> d.getCriteria().set(1, withThreshold(d.getCriteria().get(1), "6")), "challenge.error.thresholdAboveMax");
        refused(d -> d.setOverallThreshold(new BigDecimal("16")), "challenge.error.overallThreshold");
        refused(d -> d.getCriteria().set(2, new CriterionDef("X", "", BigDecimal.ONE, new BigDecimal("5"),
                new BigDecimal("2"), BigDecimal.ONE, 3)), "challenge.error.step");
        refused(d -> d.getCriteria().set(2, new CriterionDef("X", "", BigDecimal.ONE, new BigDecimal("5"),
                new BigDecimal("0.5"), BigDecimal.ONE, 1)), "challenge.error.tieBreak");
        refused(d -> d.setDivergenceThreshold(new BigDecimal("7")), "challenge.error.divergence");
        refused(d -> d.setDescription("Hello <script>alert(1)</script>"), "challenge.error.unsafeMarkdown");
        refused(d -> d.setDescription("<iframe src=\"https://evil.example\"></iframe>"), "challenge.error.unsafeMarkdown");
        refused(d -> d.setProblem("[click](javascript:alert(1))"), "challenge.error.unsafeMarkdown");
        refused(d -> d.setEligibleCountries("Italy"), "challenge.error.countries");
        refused(d -> d.setQuestions(new ArrayList<>(List.of(new QuestionDef(QuestionType.SINGLE_CHOICE, "Pick", "",
                true, null, null, List.of("only one"))))), "challenge.error.questionOptions");
        refused(d -> d.setQuestions(new ArrayList<>(List.of(new QuestionDef(QuestionType.LONG_TEXT, "", " ",
                true, 100, null, List.of())))), "challenge.error.questionLabel");
        refused(d -> d.setAbstractMax(50), "challenge.error.formLimits");
        refused(d -> d.setTitle(" "), "challenge.error.titleRequired");

        assertThatThrownBy(() -> files.uploadBrief(id, "brief.pdf", "not a pdf".getBytes()))
                .hasMessage("challenge.error.briefNotPdf");
        byte[] huge = new byte[(int) ChallengeLimits.BRIEF_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, huge, 0, 5);
        assertThatThrownBy(() -> files.uploadBrief(id, "brief.pdf", huge)).hasMessage("challenge.error.briefTooLarge");
        assertThatThrownBy(() -> files.uploadCover(id, "cover.png", "<svg/>".getBytes())).hasMessage("challenge.error.coverInvalid");

        ChallengeDraft after = editor.draft(id);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getDescription()).isEqualTo(before.getDescription());
        assertThat(challenges.view(id).brief()).isNull();
    }

    @SafeVarargs
    private void refused(Object... changesAndKey) {
        ChallengeDraft d = editor.draft(id);
        for (int i = 0; i < changesAndKey.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Consumer<ChallengeDraft> change = (Consumer<ChallengeDraft>) changesAndKey[i];
            change.accept(d);
        }
        assertThatThrownBy(() -> editor.save(d)).isInstanceOf(UserFacingException.class)
                .hasMessage((String) changesAndKey[changesAndKey.length - 1]);
    }

    private void refused(Consumer<ChallengeDraft> change, String key) {
        refused(new Object[] {change, key});
    }

    private void refused(Consumer<ChallengeDraft> a, Consumer<ChallengeDraft> b, String key) {
        refused(new Object[] {a, b, key});
    }

    private static CriterionDef withWeight(CriterionDef c, String weight) {
        return new CriterionDef(c.name(), c.description(), new BigDecimal(weight), c.maxScore(), c.step(), c.threshold(), c.tieBreak());
    }

    private static CriterionDef withThreshold(CriterionDef c, String threshold) {
        return new CriterionDef(c.name(), c.description(), c.weight(), c.maxScore(), c.step(), new BigDecimal(threshold), c.tieBreak());
    }

    @Test
    void aValidBriefAndCoverAreStoredWithTheirFingerprint() throws Exception {
        files.uploadBrief(id, "brief.pdf", TestFiles.pdf(3));
        files.uploadCover(id, "cover.png", TestFiles.png(400, 200));
        ChallengeView view = challenges.view(id);
        assertThat(view.brief().pages()).isEqualTo(3);
        assertThat(view.hasCover()).isTrue();
        assertThat(files.brief(id).orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> files.uploadBrief(id, "long.pdf", TestFiles.pdf(ChallengeLimits.BRIEF_PAGES + 1)))
                .hasMessage("challenge.error.briefPages");
    }

    @Test
    void twoManagersEditingAtOnceDoNotSilentlyLoseAChange() {
        ChallengeDraft mine = editor.draft(id);
        fixtures.signIn(fixtures.colleagueOf(manager));
        ChallengeDraft theirs = editor.draft(id);
        theirs.setSummary("Colleague's summary");
        editor.save(theirs);

        fixtures.signIn(manager);
        mine.setSummary("My summary");
        assertThatThrownBy(() -> editor.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(editor.draft(id).getSummary()).isEqualTo("Colleague's summary");
        assertThatThrownBy(() -> publishing.publish(id, mine.getVersion())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void promisesAreFrozenOnceSomeoneHasSubmitted() {
        ChallengeDraft opensNow = editor.draft(id);
        opensNow.setOpensAt(java.time.LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        editor.save(opensNow);
        publishing.publish(id, editor.draft(id).getVersion());
        fixtures.fireLifecycleTimer(id);
        ChallengeDraft d = editor.draft(id);
        d.getCriteria().set(0, withWeight(d.getCriteria().get(0), "2"));
        editor.save(d);
        assertThat(challenges.view(id).evaluation().criteria().get(0).weight()).isEqualByComparingTo("2");

        proposals.submitted(fixtures.applicant(), id);
        fixtures.signIn(manager);
        ChallengeDraft criteria = editor.draft(id);
        criteria.getCriteria().set(0, withWeight(criteria.getCriteria().get(0), "1"));
        assertThatThrownBy(() -> editor.save(criteria)).hasMessage("challenge.error.promisesFrozen");
        ChallengeDraft questions = editor.draft(id);
        questions.getQuestions().remove(1);
        assertThatThrownBy(() -> editor.save(questions)).hasMessage("challenge.error.promisesFrozen");
        ChallengeDraft earlier = editor.draft(id);
        earlier.setClosesAt(earlier.getClosesAt().minusDays(3));
        assertThatThrownBy(() -> editor.save(earlier)).hasMessage("challenge.error.deadlineEarlier");
        assertThatThrownBy(() -> publishing.changeDeadline(id, earlier.getClosesAt())).hasMessage("challenge.error.deadlineEarlier");
        ChallengeDraft opens = editor.draft(id);
        opens.setOpensAt(opens.getOpensAt().plusDays(1));
        assertThatThrownBy(() -> editor.save(opens)).hasMessage("challenge.error.opensFixed");

        // the texts may still be improved, and 2.00 vs 2 is not a change
        ChallengeDraft text = editor.draft(id);
        text.setSummary("Clearer summary");
        editor.save(text);
        assertThat(challenges.view(id).summary()).isEqualTo("Clearer summary");
        assertThat(firm.dashboard(id).counts()).containsEntry(ProposalStats.SUBMITTED, 1L);
    }

    @Test
    void cloningStartsANewDraftFromAPastChallenge() {
        publishing.publish(id, editor.draft(id).getVersion());
        long copy = editor.cloneChallenge(id);
        ChallengeDraft d = editor.draft(copy);
        assertThat(d.getTitle()).endsWith("(copy)");
        assertThat(d.getOpensAt()).isNull();
        assertThat(d.getQuestions()).hasSize(2);
        assertThat(challenges.view(copy).status()).isEqualTo(ChallengeStatus.DRAFT);
        assertThat(challenges.view(copy).slug()).isNotEqualTo(challenges.view(id).slug());
    }

    @Test
    void theNdaIsVersionedAndAcceptanceRecorded() {
        ChallengeDraft d = editor.draft(id);
        d.setNdaRequired(true);
        d.setNdaText("");
        editor.save(d);
        assertThat(editor.missingForPublish(id)).contains("challenge.missing.nda");
        d = editor.draft(id);
        d.setNdaText("Keep our secrets, version one.");
        editor.save(d);
        publishing.publish(id, editor.draft(id).getVersion());
        assertThat(challenges.view(id).ndaVersion()).isEqualTo(1);
        UserAccount applicant = fixtures.applicant();
        fixtures.signIn(applicant);
        assertThat(challenges.hasAcceptedNda(id, applicant.getId())).isFalse();
        nda.acceptNda(id);
        assertThat(challenges.hasAcceptedNda(id, applicant.getId())).isTrue();

        fixtures.signIn(manager);
        d = editor.draft(id);
        d.setNdaText("Keep our secrets, version two.");
        editor.save(d);
        assertThat(challenges.view(id).ndaVersion()).isEqualTo(2);
        assertThat(challenges.hasAcceptedNda(id, applicant.getId())).as("must accept the new text").isFalse();
        assertThat(nda.ndaText(id)).contains("Keep our secrets, version two.");
    }
}
