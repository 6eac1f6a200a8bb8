package it.convergo.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengeNda;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ProposalStats;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.document.Hashes;
import it.convergo.document.HostilePdfs;
import it.convergo.document.TestPdfs;
import it.convergo.notification.MailService;
import it.convergo.support.SpringTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The applicant's and the firm's side of proposals: who may see what, bad input, atomicity, versions, locking. */
@RecordApplicationEvents
class ProposalServiceTest extends SpringTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    Challenges challenges;
    @Autowired
    ChallengeNda nda;
    @Autowired
    ChallengePublishing publishing;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    ProposalStats stats;
    @Autowired
    MailService mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FailingSubmissions failing;
    @Autowired
    ApplicationEvents events;

    @TempDir
    Path dir;

    UserAccount manager;
    UserAccount applicant;
    long challengeId;

    @BeforeEach
    void openChallenge() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        ChallengeDraft d = fixtures.completeDraft(ChallengeFixtures.unique("Vision on the line"));
        d.getQuestions().add(new QuestionDef(QuestionType.PDF_UPLOAD, "Technical annex", "Allegato tecnico", false, null, 10, null));
        challengeId = openWith(d);
        applicant = fixtures.applicant();
    }

    private long openWith(ChallengeDraft d) {
        var now = java.time.LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        d.setOpensAt(now);
        d.setClosesAt(now.plusDays(30));
        return fixtures.publishAndOpen(d);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Path pdf(String name, byte[] bytes) {
        return TestPdfs.write(dir, name, bytes);
    }

    private void closeChallenge() {
        fixtures.signOut();
        fixtures.fireLifecycleTimer(challengeId);
    }

    @Test
    void applicantFillsUploadsAndSubmitsWithAReceipt() {
        long id = proposals.complete(applicant, challengeId);
        AttachedFile annex = service.upload(id, 2, "annex.pdf", pdf("annex.pdf", TestPdfs.pdf(3, "Annex",
                doc -> doc.getDocumentInformation().setAuthor("Anna Conti"))));
        assertThat(annex.pages()).isEqualTo(3);
        assertThat(service.missing(id)).isEmpty();
        assertThat(stats.countsByState(challengeId)).containsEntry(ProposalStats.DRAFTS, 1L).containsEntry(ProposalStats.SUBMITTED, 0L);

        SubmissionInfo receipt = service.submit(id, service.draft(id).getVersion());
        assertThat(receipt.number()).isEqualTo(1);
        assertThat(receipt.contentHash()).hasSize(64);
        assertThat(service.overview(id).status()).isEqualTo(ProposalStatus.SUBMITTED);
        String receiptText = String.join("\n", TestPdfs.lines(service.receipt(id, 0).bytes()));
        assertThat(receiptText).contains(receipt.contentHash().substring(0, 20)).contains("annex.pdf").contains("#" + id);
        assertThat(mail.sentTo(applicant.getEmail())).anyMatch(m -> m.getBody().contains(receipt.contentHash())
                && m.getBody().contains("/my-proposals"));
        assertThat(events.stream(ProposalSubmitted.class).filter(e -> e.proposalId() == id))
                .containsExactly(new ProposalSubmitted(id, challengeId, 1));
        assertThat(service.mine(PageRequest.of(0, 10))).extracting(ProposalRow::id).containsExactly(id);

        // what the evaluation feature and the challenge dashboard see
        assertThat(stats.submittedCount(challengeId)).isEqualTo(1);
        assertThat(stats.submissionsPerDay(challengeId).values()).containsExactly(1L);
        assertThat(service.submittedTo(challengeId)).extracting(ProposalSummary::id).containsExactly(id);
        ProposalContent content = service.content(id, false);
        assertThat(content.summary().contentHash()).isEqualTo(receipt.contentHash());
        assertThat(content.answers()).extracting(ProposalContent.Answer::question).contains("How will you test it?");
        assertThat(content.files()).singleElement().satisfies(f -> assertThat(f.question()).isEqualTo("Technical annex"));
        assertThat(Hashes.sha256(service.file(id, annex.id(), false))).isEqualTo(annex.sha256());
        try (PDDocument named = Loader.loadPDF(service.file(id, annex.id(), false));
             PDDocument blindFile = Loader.loadPDF(service.file(id, annex.id(), true))) {
            assertThat(named.getDocumentInformation().getAuthor()).isEqualTo("Anna Conti");
            assertThat(blindFile.getDocumentInformation().getAuthor()).isNull();
            assertThat(blindFile.getDocumentCatalog().getMetadata()).isNull();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ProposalContent blind = service.content(id, true);
        assertThat(blind.summary().organisationName()).isEmpty();
        assertThat(blind.teamText()).isEmpty();
        assertThat(service.identityTerms(id)).contains(applicant.getEmail(), applicant.getFullName());
        try (PDDocument dossier = Loader.loadPDF(service.dossier(id, true))) {
            assertThat(dossier.getNumberOfPages()).isGreaterThanOrEqualTo(1 + 3);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void foreignIdsAreRefusedEverywhere() {
        long id = proposals.submitted(applicant, challengeId);
        long draftOfOther = proposals.complete(fixtures.applicant(), challengeId);
        ProposalDraft stolen = service.draft(draftOfOther);

        // an applicant of another organisation
        fixtures.signIn(fixtures.applicant());
        List<Consumer<Long>> calls = List.of(service::draft, service::overview, service::files, service::missing,
                service::members, service::submissions, service::reopen, service::withdraw, service::myDossier,
                i -> service.receipt(i, 0), i -> service.submit(i, 0), i -> service.invite(i, "x@example.org"),
                i -> service.upload(i, null, "a.pdf", pdf("a.pdf", TestPdfs.pdf(1, "x"))));
        for (Consumer<Long> call : calls) {
            assertThatThrownBy(() -> call.accept(id)).hasMessage("error.notFound");
        }
        assertThatThrownBy(() -> service.save(stolen)).hasMessage("error.notFound");
        assertThat(service.mine(PageRequest.of(0, 10))).isEmpty();

        // the firm before the challenge closes, another firm, an evaluator, anonymous
        fixtures.signIn(manager);
        assertThatThrownBy(() -> service.forFirm(id)).hasMessage("proposal.error.firmBeforeClose");
        assertThatThrownBy(() -> service.countForFirm(challengeId)).hasMessage("proposal.error.firmBeforeClose");
        assertThatThrownBy(() -> service.draft(id)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.firmManager());
        assertThatThrownBy(() -> service.forFirm(id)).hasMessage("error.notFound");
        fixtures.signIn(fixtures.user("evaluator", Role.EVALUATOR));
        assertThatThrownBy(() -> service.forFirm(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.draft(id)).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> service.draft(id)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> service.forFirm(id)).isInstanceOf(AuthenticationException.class);

        // after closing: the firm reads the submitted proposal, never the other organisation's draft
        closeChallenge();
        fixtures.signIn(manager);
        assertThat(service.forFirm(challengeId, PageRequest.of(0, 10))).extracting(ProposalRow::id).containsExactly(id);
        assertThat(service.countForFirm(challengeId)).isEqualTo(1);
        assertThat(service.forFirm(id).summary().title()).startsWith("Vision retrofit");
        assertThatThrownBy(() -> service.forFirm(draftOfOther)).hasMessage("error.notFound");
        assertThat(service.dossierForFirm(id).bytes()).isNotEmpty();
        fixtures.signIn(fixtures.firmManager());
        assertThatThrownBy(() -> service.forFirm(challengeId, PageRequest.of(0, 10))).hasMessage("error.notFound");
        assertThatThrownBy(() -> service.dossierForFirm(id)).hasMessage("error.notFound");
    }

    @Test
    void everyBadFileIsRefusedWithItsReasonAndNothingIsStored() {
        fixtures.signIn(applicant);
        long id = service.start(challengeId);
        AttachedFile good = service.upload(id, 2, "good.pdf", pdf("good.pdf", TestPdfs.pdf(2, "good")));
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused(id, "virus.pdf", exe, "document.error.notPdf");
        refused(id, "broken.pdf", "%PDF-1.7\n not really".getBytes(StandardCharsets.US_ASCII), "document.error.corrupt");
        refused(id, "secret.pdf", TestPdfs.pdf(1, "secret", ProposalServiceTest::encrypt), "document.error.encrypted");
        refused(id, "long.pdf", TestPdfs.pdf(500, "long"), "document.error.tooManyPages");
        refused(id, "empty.pdf", new byte[0], "document.error.empty");
        refused(id, "../../etc/passwd.pdf", TestPdfs.pdf(1, "x"), "proposal.error.fileName");
        refused(id, "C:\\Users\\me\\annex.pdf", TestPdfs.pdf(1, "x"), "proposal.error.fileName");
        assertThat(service.files(id)).extracting(AttachedFile::id).containsExactly(good.id());

        service.upload(id, 2, "better.pdf", pdf("better.pdf", TestPdfs.pdf(1, "better")));
        assertThat(service.files(id)).extracting(AttachedFile::fileName).containsExactly("better.pdf");
        service.removeFile(id, service.files(id).get(0).id());
        assertThat(service.files(id)).isEmpty();
    }

    /** The whole hostile corpus through the real upload: each refused with its reason, none leaves a row anywhere. */
    @Test
    void everyHostileFileIsRefusedAndNothingIsStored() {
        fixtures.signIn(applicant);
        long id = service.start(challengeId);
        String rows = "select (select count(*) from proposal_file) + (select count(*) from audit_event)";
        long before = jdbc.queryForObject(rows, Long.class);
        for (HostilePdfs.Hostile hostile : HostilePdfs.refused()) {
            Path file = pdf("hostile.pdf", hostile.bytes());
            assertThatThrownBy(() -> service.upload(id, null, hostile.name() + ".pdf", file)).as(hostile.name())
                    .isInstanceOf(UserFacingException.class).hasMessage(hostile.refusal());
        }
        assertThat(jdbc.queryForObject(rows, Long.class)).isEqualTo(before);
        assertThat(service.files(id)).isEmpty();
    }

    private void refused(long id, String name, byte[] bytes, String key) {
        Path file = pdf("upload-" + Math.abs(name.hashCode()) + ".pdf", bytes);
        assertThatThrownBy(() -> service.upload(id, 2, name, file)).isInstanceOf(UserFacingException.class).hasMessage(key);
    }

    private static void encrypt(PDDocument doc) {
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void textOverTheLimitIsRefusedAndNothingChanges() {
        long id = proposals.complete(applicant, challengeId);
        ProposalDraft d = service.draft(id);
        d.setAbstractText("x".repeat(challenges.view(challengeId).form().abstractMax() + 1));
        assertThatThrownBy(() -> service.save(d)).hasMessage("proposal.error.tooLong");
        ProposalDraft answer = service.draft(id);
        answer.getAnswers().put(0, "y".repeat(1501));
        assertThatThrownBy(() -> service.save(answer)).hasMessage("proposal.error.answerTooLong");
        ProposalDraft choice = service.draft(id);
        choice.getAnswers().put(1, "Something else");
        assertThatThrownBy(() -> service.save(choice)).hasMessage("proposal.error.choice");
        assertThat(service.draft(id).getAbstractText()).startsWith("We will retrofit");
        assertThat(service.draft(id).getVersion()).isEqualTo(d.getVersion());
    }

    @Test
    void aStoredFileThatNoLongerMatchesItsHashIsNeverServed() {
        long id = proposals.complete(applicant, challengeId);
        AttachedFile file = service.upload(id, null, "plan.pdf", pdf("plan.pdf", TestPdfs.pdf(1, "plan")));
        assertThat(Hashes.sha256(service.myFile(id, file.id()).bytes())).isEqualTo(file.sha256());
        jdbc.update("update proposal_file set content = ? where id = ?", TestPdfs.pdf(1, "tampered"), file.id());
        // the download streams: the mismatch shows when the content is written, which then fails
        assertThatThrownBy(() -> service.myFile(id, file.id()).bytes()).hasMessage("proposal.error.fileDamaged");
    }

    @Test
    void resubmissionsAreVersionsAndTheLatestCounts() {
        long id = proposals.submitted(applicant, challengeId);
        String first = service.overview(id).contentHash();
        assertThatThrownBy(() -> service.save(service.draft(id))).hasMessage("proposal.error.reopenFirst");

        service.reopen(id);
        assertThat(service.overview(id).editing()).isTrue();
        assertThat(service.summary(id).submissionVersion()).as("the first submission still counts").isEqualTo(1);
        ProposalDraft d = service.draft(id);
        d.setTitle("Vision retrofit, second take");
        service.save(d);
        SubmissionInfo second = service.submit(id, d.getVersion());

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.contentHash()).isNotEqualTo(first);
        assertThat(service.submissions(id)).extracting(SubmissionInfo::number).containsExactly(2, 1);
        assertThat(service.summary(id).title()).isEqualTo("Vision retrofit, second take");
        assertThat(String.join(" ", TestPdfs.lines(service.receipt(id, 1).bytes()))).contains(first.substring(0, 20));
        assertThat(stats.submittedCount(challengeId)).isEqualTo(1);
        assertThat(events.stream(ProposalSubmitted.class).filter(e -> e.proposalId() == id)).hasSize(2);
    }

    @Test
    void aWithdrawnProposalNoLongerCounts() {
        long id = proposals.submitted(applicant, challengeId);
        service.withdraw(id);
        assertThat(service.overview(id).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(stats.submittedCount(challengeId)).isZero();
        assertThat(service.submittedTo(challengeId)).isEmpty();
        assertThatThrownBy(() -> service.summary(id)).hasMessage("error.notFound");
        assertThatThrownBy(() -> service.reopen(id)).hasMessage("proposal.error.notSubmitted");
        assertThatThrownBy(() -> service.withdraw(id)).hasMessage("proposal.error.notWithdrawable");
    }

    @Test
    void twoTeamMembersDoNotOverwriteEachOther() {
        long id = proposals.complete(applicant, challengeId);
        UserAccount partner = fixtures.applicant();
        service.invite(id, partner.getEmail());
        assertThat(mail.sentTo(partner.getEmail())).anyMatch(m -> m.getBody().contains("/proposals/" + id));
        UserAccount colleague = accounts.user("colleague", accounts.reload(applicant.getId()).getOrganisation(), Role.APPLICANT);

        fixtures.signIn(colleague);
        ProposalDraft mine = service.draft(id);
        fixtures.signIn(partner);
        ProposalDraft theirs = service.draft(id);
        theirs.setAbstractText("The partner's abstract.");
        service.save(theirs);

        fixtures.signIn(colleague);
        mine.setAbstractText("The colleague's abstract.");
        assertThatThrownBy(() -> service.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.draft(id).getAbstractText()).isEqualTo("The partner's abstract.");

        fixtures.signIn(partner);
        assertThat(service.mine(PageRequest.of(0, 10))).extracting(ProposalRow::id).containsExactly(id);
        assertThatThrownBy(() -> service.submit(id, service.draft(id).getVersion())).hasMessage("proposal.error.leadOnly");
    }

    @Test
    void aDoubleClickOnSubmitMakesOneSubmission() {
        long id = proposals.complete(applicant, challengeId);
        long version = service.draft(id).getVersion();
        service.submit(id, version);
        assertThatThrownBy(() -> service.submit(id, version)).hasMessage("proposal.error.alreadySubmitted");
        assertThat(service.submissions(id)).hasSize(1);
        assertThat(service.start(challengeId)).as("a second start opens the same proposal").isEqualTo(id);
    }

    @Test
    void aSubmissionThatFailsHalfWayStoresNothing() {
        long id = proposals.complete(applicant, challengeId);
        service.upload(id, null, "plan.pdf", pdf("plan.pdf", TestPdfs.pdf(1, "plan")));
        long version = service.draft(id).getVersion();
        failing.failFor(id);
        try {
            assertThatThrownBy(() -> service.submit(id, version)).isInstanceOf(IllegalStateException.class);
        } finally {
            failing.clear(id);
        }
        assertThat(service.overview(id).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(service.submissions(id)).isEmpty();
        assertThat(service.draft(id).getVersion()).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from proposal_submission where proposal_id = ?", Long.class, id)).isZero();
        assertThat(mail.sentTo(applicant.getEmail())).noneMatch(m -> m.getSubject().contains("Proposal submitted"));
        assertThat(service.submit(id, version).number()).as("and it can be submitted afterwards").isEqualTo(1);
    }

    @Test
    void ndaAndEligibilityComeFirst() {
        fixtures.signIn(manager);
        ChallengeDraft d = fixtures.completeDraft(ChallengeFixtures.unique("Secret line"));
        d.setNdaRequired(true);
        d.setNdaText("Keep what you read confidential.");
        long secret = openWith(d);
        ChallengeDraft u = fixtures.completeDraft(ChallengeFixtures.unique("Universities only"));
        u.setEligibleTypes(new java.util.HashSet<>(java.util.Set.of(OrganisationType.UNIVERSITY)));
        long universities = openWith(u);

        fixtures.signIn(applicant);
        assertThatThrownBy(() -> service.start(secret)).hasMessage("proposal.error.ndaRequired");
        nda.acceptNda(secret);
        assertThat(service.start(secret)).isPositive();
        assertThatThrownBy(() -> service.start(universities)).hasMessage("proposal.error.notEligible");
    }

    @Test
    void anExtendedDeadlineReachesMyProposals() {
        long id = proposals.complete(applicant, challengeId);
        fixtures.signIn(manager);
        java.time.LocalDateTime later = java.time.LocalDateTime.ofInstant(challenges.view(challengeId).closesAt(),
                it.convergo.base.Times.ROME).plusDays(14);
        publishing.changeDeadline(challengeId, later);
        fixtures.signIn(applicant);
        assertThat(service.overview(id).closesAt()).isEqualTo(later.atZone(it.convergo.base.Times.ROME).toInstant());
        assertThat(service.mine(PageRequest.of(0, 10))).extracting(ProposalRow::closesAt)
                .containsExactly(later.atZone(it.convergo.base.Times.ROME).toInstant());
    }

    @Test
    void outcomesShowOnMyProposals() {
        long id = proposals.submitted(applicant, challengeId);
        service.recordOutcome(id, ProposalStatus.NOT_ELIGIBLE, "The TRL is below the minimum.");
        assertThat(service.mine(PageRequest.of(0, 10))).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ProposalStatus.NOT_ELIGIBLE);
            assertThat(r.outcomeNote()).isEqualTo("The TRL is below the minimum.");
        });
        assertThat(service.submittedTo(challengeId)).extracting(ProposalSummary::status).containsExactly(ProposalStatus.NOT_ELIGIBLE);
    }
}
