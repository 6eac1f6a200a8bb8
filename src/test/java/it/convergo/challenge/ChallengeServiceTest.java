package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.UserFacingException;
import it.convergo.notification.MailService;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.support.SpringTest;
import it.convergo.workflow.ChallengeLifecycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The firm's side of challenges: who may do what, validation, locking and the promises made to applicants. */
class ChallengeServiceTest extends SpringTest {

    @Autowired
    ChallengeService service;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    ChallengeLifecycle lifecycle;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    MailService mail;

    UserAccount manager;
    long id;

    @BeforeEach
    void firmWithADraft() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        id = fixtures.draft(ChallengeFixtures.unique("Smart welding"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void managerCreatesEditsAndPublishes() {
        ChallengeDraft d = service.draft(id);
        assertThat(d.getCriteria()).extracting(CriterionDef::name).containsExactly("Excellence", "Impact", "Implementation");
        assertThat(d.getOverallThreshold()).isEqualByComparingTo("10");
        assertThat(d.getEvaluatorsPerProposal()).isEqualTo(3);
        d.setSummary("A new summary");
        service.save(d);
        assertThat(service.draft(id).getSummary()).isEqualTo("A new summary");
        assertThat(service.missingForPublish(id)).isEmpty();

        service.publish(id, service.draft(id).getVersion());
        ChallengeView view = service.view(id);
        assertThat(view.status()).isEqualTo(ChallengeStatus.SCHEDULED);
        assertThat(view.slug()).startsWith("smart-welding-");
        assertThat(lifecycle.currentStep(id)).contains(it.convergo.workflow.LifecycleStep.WAITING_TO_OPEN);
        assertThat(view.descriptionHtml()).contains("<strong>partners</strong>");
        assertThat(view.form().questions()).hasSize(2);
        assertThat(view.evaluation().maxTotal()).isEqualByComparingTo("15");
        assertThat(service.isOpenForSubmission(id, ChallengeFixtures.inDays(2))).as("not yet opened by the timer").isFalse();
    }

    @Test
    void onlyTheOwningFirmAndAdminsMayEditPublishCloseOrSeeTheDashboard() {
        long version = service.draft(id).getVersion();
        List<Consumer<Long>> firmActions = List.of(service::draft, x -> service.publish(x, version), service::closeEarly,
                service::dashboard, service::missingForPublish, service::questions, service::cloneChallenge,
                x -> service.changeDeadline(x, java.time.LocalDateTime.now().plusDays(90)),
                x -> service.uploadBrief(x, "b.pdf", new byte[] {1}));
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
            assertThatThrownBy(() -> service.save(stolen)).isInstanceOfAny(AccessDeniedException.class, UserFacingException.class);
            if (outsider == otherFirm) {
                assertThat(service.mine("", null, PageRequest.of(0, 50)).stream().map(ChallengeRow::id).toList())
                        .doesNotContain(id);
            } else {
                assertThatThrownBy(() -> service.mine("", null, PageRequest.of(0, 50))).isInstanceOf(AccessDeniedException.class);
            }
        }
        fixtures.signOut();
        for (Consumer<Long> action : firmActions) {
            assertThatThrownBy(() -> action.accept(id)).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
        fixtures.signIn(manager);
        assertThat(service.draft(id).getTitle()).startsWith("Smart welding");

        // a colleague of the same firm and an admin may
        fixtures.signIn(fixtures.colleagueOf(manager));
        assertThat(service.dashboard(id).title()).startsWith("Smart welding");
        fixtures.signIn(fixtures.user("admin", Role.ADMIN));
        service.publish(id, version);
        assertThat(service.view(id).status()).isEqualTo(ChallengeStatus.SCHEDULED);
    }

    @Test
    void draftsAreInvisibleToEveryoneButTheFirm() {
        String slug = service.view(id).slug();
        assertThat(service.bySlug(slug)).isPresent();
        fixtures.signIn(fixtures.applicant());
        assertThat(service.bySlug(slug)).isEmpty();
        assertThat(service.brief(id)).isEmpty();
        fixtures.signOut();
        assertThat(service.bySlug(slug)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessageAndChangesNothing() {
        ChallengeDraft before = service.draft(id);
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

        assertThatThrownBy(() -> service.uploadBrief(id, "brief.pdf", "not a pdf".getBytes()))
                .hasMessage("challenge.error.briefNotPdf");
        byte[] huge = new byte[(int) ChallengeLimits.BRIEF_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, huge, 0, 5);
        assertThatThrownBy(() -> service.uploadBrief(id, "brief.pdf", huge)).hasMessage("challenge.error.briefTooLarge");
        assertThatThrownBy(() -> service.uploadCover(id, "cover.png", "<svg/>".getBytes())).hasMessage("challenge.error.coverInvalid");

        ChallengeDraft after = service.draft(id);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getDescription()).isEqualTo(before.getDescription());
        assertThat(service.view(id).brief()).isNull();
    }

    @SafeVarargs
    private void refused(Object... changesAndKey) {
        ChallengeDraft d = service.draft(id);
        for (int i = 0; i < changesAndKey.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Consumer<ChallengeDraft> change = (Consumer<ChallengeDraft>) changesAndKey[i];
            change.accept(d);
        }
        assertThatThrownBy(() -> service.save(d)).isInstanceOf(UserFacingException.class)
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
        service.uploadBrief(id, "brief.pdf", TestFiles.pdf(3));
        service.uploadCover(id, "cover.png", TestFiles.png(400, 200));
        ChallengeView view = service.view(id);
        assertThat(view.brief().pages()).isEqualTo(3);
        assertThat(view.hasCover()).isTrue();
        assertThat(service.brief(id).orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> service.uploadBrief(id, "long.pdf", TestFiles.pdf(ChallengeLimits.BRIEF_PAGES + 1)))
                .hasMessage("challenge.error.briefPages");
    }

    @Test
    void twoManagersEditingAtOnceDoNotSilentlyLoseAChange() {
        ChallengeDraft mine = service.draft(id);
        fixtures.signIn(fixtures.colleagueOf(manager));
        ChallengeDraft theirs = service.draft(id);
        theirs.setSummary("Colleague's summary");
        service.save(theirs);

        fixtures.signIn(manager);
        mine.setSummary("My summary");
        assertThatThrownBy(() -> service.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.draft(id).getSummary()).isEqualTo("Colleague's summary");
        assertThatThrownBy(() -> service.publish(id, mine.getVersion())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void promisesAreFrozenOnceSomeoneHasSubmitted() {
        ChallengeDraft opensNow = service.draft(id);
        opensNow.setOpensAt(java.time.LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        service.save(opensNow);
        service.publish(id, service.draft(id).getVersion());
        fixtures.fireLifecycleTimer(id);
        ChallengeDraft d = service.draft(id);
        d.getCriteria().set(0, withWeight(d.getCriteria().get(0), "2"));
        service.save(d);
        assertThat(service.view(id).evaluation().criteria().get(0).weight()).isEqualByComparingTo("2");

        proposals.submitted(fixtures.applicant(), id);
        fixtures.signIn(manager);
        ChallengeDraft criteria = service.draft(id);
        criteria.getCriteria().set(0, withWeight(criteria.getCriteria().get(0), "1"));
        assertThatThrownBy(() -> service.save(criteria)).hasMessage("challenge.error.promisesFrozen");
        ChallengeDraft questions = service.draft(id);
        questions.getQuestions().remove(1);
        assertThatThrownBy(() -> service.save(questions)).hasMessage("challenge.error.promisesFrozen");
        ChallengeDraft earlier = service.draft(id);
        earlier.setClosesAt(earlier.getClosesAt().minusDays(3));
        assertThatThrownBy(() -> service.save(earlier)).hasMessage("challenge.error.deadlineEarlier");
        assertThatThrownBy(() -> service.changeDeadline(id, earlier.getClosesAt())).hasMessage("challenge.error.deadlineEarlier");
        ChallengeDraft opens = service.draft(id);
        opens.setOpensAt(opens.getOpensAt().plusDays(1));
        assertThatThrownBy(() -> service.save(opens)).hasMessage("challenge.error.opensFixed");

        // the texts may still be improved, and 2.00 vs 2 is not a change
        ChallengeDraft text = service.draft(id);
        text.setSummary("Clearer summary");
        service.save(text);
        assertThat(service.view(id).summary()).isEqualTo("Clearer summary");
        assertThat(service.dashboard(id).counts()).containsEntry(ProposalStats.SUBMITTED, 1L);
    }

    @Test
    void inviteOnlyChallengesAreInvisibleExceptToInviteesAndWithTheCode() {
        UserAccount invited = accounts.user("invited", accounts.organisation("Invited", OrganisationType.STARTUP), Role.APPLICANT);
        ChallengeDraft d = service.draft(id);
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setInvitedOrganisations(new java.util.HashSet<>(Set.of(accounts.reload(invited.getId()).getOrganisation().getId())));
        d.setAccessCode("OPEN-SESAME-42");
        service.save(d);
        service.publish(id, service.draft(id).getVersion());
        String slug = service.view(id).slug();
        CatalogueFilter everything = new CatalogueFilter(service.view(id).title(), Set.of(CatalogueFilter.Phase.UPCOMING), null, null, null,
                null, null, null);

        fixtures.signOut();
        assertThat(service.bySlug(slug)).isEmpty();
        assertThat(service.countCatalogue(everything)).isZero();
        assertThat(service.faq(id)).isEmpty();

        UserAccount outsider = fixtures.applicant();
        fixtures.signIn(outsider);
        assertThat(service.bySlug(slug)).isEmpty();
        assertThat(service.catalogue(everything, PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> service.follow(id)).hasMessage("error.notFound");

        fixtures.signIn(invited);
        assertThat(service.bySlug(slug)).isPresent();
        assertThat(service.countCatalogue(everything)).isEqualTo(1);

        fixtures.signIn(outsider);
        assertThatThrownBy(() -> service.enterAccessCode(slug, "wrong")).hasMessage("challenge.error.wrongCode");
        service.enterAccessCode(slug, "OPEN-SESAME-42");
        assertThat(service.bySlug(slug)).isPresent();
        assertThat(service.isVisibleTo(id, outsider.getId(), null)).isTrue();
    }

    @Test
    void guessingTheAccessCodeIsThrottled() {
        ChallengeDraft d = service.draft(id);
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setAccessCode("RIGHT-CODE-1");
        service.save(d);
        service.publish(id, service.draft(id).getVersion());
        String slug = service.view(id).slug();
        UserAccount guesser = fixtures.applicant();
        fixtures.signIn(guesser);
        for (int i = 1; i < ChallengeLimits.CODE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> service.enterAccessCode(slug, "guess")).hasMessage("challenge.error.wrongCode");
        }
        assertThatThrownBy(() -> service.enterAccessCode(slug, "guess")).hasMessage("challenge.error.codeLocked");
        assertThatThrownBy(() -> service.enterAccessCode(slug, "RIGHT-CODE-1")).as("locked even for the right code")
                .hasMessage("challenge.error.codeLocked");
        assertThat(service.bySlug(slug)).isEmpty();
        assertThatThrownBy(() -> service.enterAccessCode("no-such-challenge", "x")).hasMessage("challenge.error.wrongCode");
    }

    private String inviteOnlyWithCode(String code) {
        ChallengeDraft d = service.draft(id);
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setAccessCode(code);
        service.save(d);
        service.publish(id, service.draft(id).getVersion());
        return service.view(id).slug();
    }

    /** Guesses from this client address from now on. */
    private static void fromClient(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noClient() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anAddressWithoutAChallengeAnswersExactlyLikeALockedRealOne() {
        String real = inviteOnlyWithCode("RIGHT-CODE-2");
        String unknown = "no-such-" + real;
        List<String> answersReal = new ArrayList<>();
        List<String> answersUnknown = new ArrayList<>();
        for (var pair : List.of(Map.entry(real, answersReal), Map.entry(unknown, answersUnknown))) {
            fixtures.signIn(fixtures.applicant());
            for (int i = 0; i < ChallengeLimits.CODE_ATTEMPTS + 2; i++) {
                try {
                    service.enterAccessCode(pair.getKey(), "guess");
                    pair.getValue().add("granted");
                } catch (UserFacingException e) {
                    pair.getValue().add(e.messageKey());
                }
            }
        }
        assertThat(answersUnknown).isEqualTo(answersReal).containsSubsequence("challenge.error.wrongCode",
                "challenge.error.codeLocked").last().isEqualTo("challenge.error.codeLocked");
    }

    @Test
    void freshAccountsGetNoFreshTriesFromTheSameClient() {
        String slug = inviteOnlyWithCode("RIGHT-CODE-3");
        fromClient("203.0.113.7");
        int guesses = 0;
        while (guesses < AccessCodeGuesses.PER_CLIENT) {
            fixtures.signIn(fixtures.applicant());
            for (int i = 1; i < ChallengeLimits.CODE_ATTEMPTS && guesses < AccessCodeGuesses.PER_CLIENT; i++, guesses++) {
                assertThatThrownBy(() -> service.enterAccessCode(slug, "guess")).isInstanceOf(UserFacingException.class);
            }
        }
        fixtures.signIn(fixtures.applicant());
        assertThatThrownBy(() -> service.enterAccessCode(slug, "RIGHT-CODE-3")).as("this client is locked out")
                .hasMessage("challenge.error.codeLocked");
        assertThatThrownBy(() -> service.enterAccessCode("no-such-" + slug, "x")).as("everywhere")
                .hasMessage("challenge.error.codeLocked");

        fromClient("203.0.113.8");
        service.enterAccessCode(slug, "RIGHT-CODE-3");
        assertThat(service.bySlug(slug)).isPresent();
    }

    @Test
    void manyClientsAndAccountsTogetherLockTheChallenge() {
        String slug = inviteOnlyWithCode("RIGHT-CODE-4");
        for (int i = 0; i < AccessCodeGuesses.PER_CHALLENGE; i++) {
            if (i % (ChallengeLimits.CODE_ATTEMPTS - 1) == 0) {
                fixtures.signIn(fixtures.applicant());
            }
            fromClient("192.0.2." + (i % 200));
            assertThatThrownBy(() -> service.enterAccessCode(slug, "guess")).isInstanceOf(UserFacingException.class);
        }
        fixtures.signIn(fixtures.applicant());
        fromClient("192.0.2.250");
        assertThatThrownBy(() -> service.enterAccessCode(slug, "RIGHT-CODE-4")).hasMessage("challenge.error.codeLocked");
    }

    @Test
    void questionsAnsweredPubliclyFormTheFaqWithoutNamingTheAsker() {
        service.publish(id, service.draft(id).getVersion());
        UserAccount asker = fixtures.applicant();
        UserAccount follower = fixtures.applicant();
        fixtures.signIn(follower);
        service.follow(id);
        fixtures.signIn(asker);
        assertThatThrownBy(() -> service.ask(id, "short")).hasMessage("challenge.error.questionLength");
        service.ask(id, "Can a university lead the consortium?");
        service.ask(id, "May we see the line before applying?");
        assertThat(service.myQuestions(id)).hasSize(2);

        fixtures.signIn(manager);
        List<ClarificationRow> open = service.questions(id);
        assertThat(open).hasSize(2).allMatch(q -> !q.answered());
        long publicOne = open.stream().filter(q -> q.question().startsWith("Can")).findFirst().orElseThrow().id();
        long privateOne = open.stream().filter(q -> q.question().startsWith("May")).findFirst().orElseThrow().id();
        service.answer(publicOne, "Yes, universities may lead.", true);
        service.answer(privateOne, "Yes, write to us for a visit.", false);
        assertThat(service.dashboard(id).unansweredQuestions()).isZero();

        fixtures.signOut();
        assertThat(service.faq(id)).extracting(FaqEntry::answer).containsExactly("Yes, universities may lead.");
        assertThat(mail.sentTo(follower.getEmail())).anyMatch(m -> m.getBody().contains("universities may lead"));
        assertThat(mail.sentTo(follower.getEmail())).noneMatch(m -> m.getBody().contains("visit"));
        assertThat(mail.sentTo(asker.getEmail())).anyMatch(m -> m.getBody().contains("visit"));
        assertThat(mail.sentTo(follower.getEmail()).get(0).getBody()).doesNotContain(asker.getFullName(), asker.getEmail());

        fixtures.signIn(fixtures.firmManager());
        assertThatThrownBy(() -> service.answer(publicOne, "Hijacked", true)).hasMessage("error.notFound");
    }

    @Test
    void theCatalogueFiltersSearchesAndPages() {
        service.publish(id, service.draft(id).getVersion());
        String title = service.view(id).title();
        fixtures.signOut();
        CatalogueFilter byTitle = new CatalogueFilter(title, Set.of(CatalogueFilter.Phase.UPCOMING), null, null, null,
                null, null, CatalogueFilter.Sort.NEWEST);
        assertThat(service.catalogue(byTitle, PageRequest.of(0, 5))).extracting(ChallengeCard::id).containsExactly(id);
        assertThat(service.countCatalogue(new CatalogueFilter(title, Set.of(CatalogueFilter.Phase.OPEN), null, null,
                null, null, null, null))).as("not open yet").isZero();
        assertThat(service.countCatalogue(new CatalogueFilter(title, Set.of(), Sector.MECHANICAL_ENGINEERING,
                it.convergo.base.TechnologyArea.ROBOTICS, RewardType.PILOT_CONTRACT, OrganisationType.STARTUP,
                LocalDate.now().plusDays(40), CatalogueFilter.Sort.TITLE))).isEqualTo(1);
        assertThat(service.countCatalogue(new CatalogueFilter(title, Set.of(), Sector.AUTOMOTIVE, null, null, null, null, null))).isZero();
        assertThat(service.countCatalogue(new CatalogueFilter(title, Set.of(), null, it.convergo.base.TechnologyArea.BIOTECH_HEALTH,
                null, null, null, null))).isZero();
        assertThat(service.countCatalogue(new CatalogueFilter(title, Set.of(), null, null, RewardType.MENTORING, null, null, null))).isZero();
        assertThat(service.countCatalogue(new CatalogueFilter(title, Set.of(), null, null, null, null,
                LocalDate.now().plusDays(5), null))).isZero();
    }

    @Test
    void cloningStartsANewDraftFromAPastChallenge() {
        service.publish(id, service.draft(id).getVersion());
        long copy = service.cloneChallenge(id);
        ChallengeDraft d = service.draft(copy);
        assertThat(d.getTitle()).endsWith("(copy)");
        assertThat(d.getOpensAt()).isNull();
        assertThat(d.getQuestions()).hasSize(2);
        assertThat(service.view(copy).status()).isEqualTo(ChallengeStatus.DRAFT);
        assertThat(service.view(copy).slug()).isNotEqualTo(service.view(id).slug());
    }

    @Test
    void theNdaIsVersionedAndAcceptanceRecorded() {
        ChallengeDraft d = service.draft(id);
        d.setNdaRequired(true);
        d.setNdaText("");
        service.save(d);
        assertThat(service.missingForPublish(id)).contains("challenge.missing.nda");
        d = service.draft(id);
        d.setNdaText("Keep our secrets, version one.");
        service.save(d);
        service.publish(id, service.draft(id).getVersion());
        assertThat(service.view(id).ndaVersion()).isEqualTo(1);
        UserAccount applicant = fixtures.applicant();
        fixtures.signIn(applicant);
        assertThat(service.hasAcceptedNda(id, applicant.getId())).isFalse();
        service.acceptNda(id);
        assertThat(service.hasAcceptedNda(id, applicant.getId())).isTrue();

        fixtures.signIn(manager);
        d = service.draft(id);
        d.setNdaText("Keep our secrets, version two.");
        service.save(d);
        assertThat(service.view(id).ndaVersion()).isEqualTo(2);
        assertThat(service.hasAcceptedNda(id, applicant.getId())).as("must accept the new text").isFalse();
        assertThat(service.ndaText(id)).contains("Keep our secrets, version two.");
    }
}
