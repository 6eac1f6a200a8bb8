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
class ProposalServicesTest extends SpringTest {

    @Autowired
    ProposalDrafts drafts;
    @Autowired
    ProposalTeam team;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    ProposalSubmissions submissions;
    @Autowired
    MyProposals myProposals;
    @Autowired
    FirmProposals firm;
    @Autowired
    SubmittedProposals submitted;
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
        AttachedFile annex = uploads.upload(id, 2, "annex.pdf", pdf("annex.pdf", TestPdfs.pdf(3, "Annex",
                doc -> doc.getDocumentInformation().setAuthor("Anna Conti"))));
        assertThat(annex.pages()).isEqualTo(3);
        assertThat(drafts.missing(id)).isEmpty();
        assertThat(stats.countsByState(challengeId)).containsEntry(ProposalStats.DRAFTS, 1L).containsEntry(ProposalStats.SUBMITTED, 0L);

        SubmissionInfo receipt = submissions.submit(id, drafts.draft(id).getVersion());
        assertThat(receipt.number()).isEqualTo(1);
        assertThat(receipt.contentHash()).hasSize(64);
        assertThat(drafts.overview(id).status()).isEqualTo(ProposalStatus.SUBMITTED);
        byte[] receiptPdf = submissions.receipt(id, 0).bytes();
        assertThat(submissions.receipt(id, 1).bytes()).as("rendered once, then the same document").isEqualTo(receiptPdf);
        String receiptText = String.join("\n", TestPdfs.lines(receiptPdf));
        assertThat(receiptText).contains(receipt.contentHash().substring(0, 20)).contains("annex.pdf").contains("#" + id);
        assertThat(mail.sentTo(applicant.getEmail())).anyMatch(m -> m.getBody().contains(receipt.contentHash())
                && m.getBody().contains("/my-proposals"));
        assertThat(events.stream(ProposalSubmitted.class).filter(e -> e.proposalId() == id))
                .containsExactly(new ProposalSubmitted(id, challengeId, 1));
        assertThat(myProposals.mine(PageRequest.of(0, 10))).extracting(ProposalRow::id).containsExactly(id);

        // what the evaluation feature and the challenge dashboard see
        assertThat(stats.submittedCount(challengeId)).isEqualTo(1);
        assertThat(stats.submissionsPerDay(challengeId).values()).containsExactly(1L);
        assertThat(submitted.submittedTo(challengeId)).extracting(ProposalSummary::id).containsExactly(id);
        ProposalContent content = submitted.content(id, false);
        assertThat(content.summary().contentHash()).isEqualTo(receipt.contentHash());
        assertThat(content.answers()).extracting(ProposalContent.Answer::question).contains("How will you test it?");
        assertThat(content.files()).singleElement().satisfies(f -> assertThat(f.question()).isEqualTo("Technical annex"));
        assertThat(Hashes.sha256(submitted.file(id, annex.id(), false))).isEqualTo(annex.sha256());
        try (PDDocument named = Loader.loadPDF(submitted.file(id, annex.id(), false));
             PDDocument blindFile = Loader.loadPDF(submitted.file(id, annex.id(), true))) {
            assertThat(named.getDocumentInformation().getAuthor()).isEqualTo("Anna Conti");
            assertThat(blindFile.getDocumentInformation().getAuthor()).isNull();
            assertThat(blindFile.getDocumentCatalog().getMetadata()).isNull();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ProposalContent blind = submitted.content(id, true);
        assertThat(blind.summary().organisationName()).isEmpty();
        assertThat(blind.teamText()).isEmpty();
        assertThat(submitted.identityTerms(id)).contains(applicant.getEmail(), applicant.getFullName());
        try (PDDocument dossier = Loader.loadPDF(submitted.dossier(id, true))) {
            assertThat(dossier.getNumberOfPages()).isGreaterThanOrEqualTo(1 + 3);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void foreignIdsAreRefusedEverywhere() {
        long id = proposals.submitted(applicant, challengeId);
        long draftOfOther = proposals.complete(fixtures.applicant(), challengeId);
        ProposalDraft stolen = drafts.draft(draftOfOther);

        // an applicant of another organisation
        fixtures.signIn(fixtures.applicant());
        List<Consumer<Long>> calls = List.of(drafts::draft, drafts::overview, uploads::files, drafts::missing,
                team::members, submissions::submissions, submissions::reopen, submissions::withdraw, myProposals::dossier,
                i -> submissions.receipt(i, 0), i -> submissions.submit(i, 0), i -> team.invite(i, "x@example.org"),
                i -> uploads.upload(i, null, "a.pdf", pdf("a.pdf", TestPdfs.pdf(1, "x"))));
        for (Consumer<Long> call : calls) {
            assertThatThrownBy(() -> call.accept(id)).hasMessage("error.notFound");
        }
        assertThatThrownBy(() -> drafts.save(stolen)).hasMessage("error.notFound");
        assertThat(myProposals.mine(PageRequest.of(0, 10))).isEmpty();

        // the firm before the challenge closes, another firm, an evaluator, anonymous
        fixtures.signIn(manager);
        assertThatThrownBy(() -> firm.forFirm(id)).hasMessage("proposal.error.firmBeforeClose");
        assertThatThrownBy(() -> firm.countForFirm(challengeId)).hasMessage("proposal.error.firmBeforeClose");
        assertThatThrownBy(() -> drafts.draft(id)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.firmManager());
        assertThatThrownBy(() -> firm.forFirm(id)).hasMessage("error.notFound");
        fixtures.signIn(fixtures.user("evaluator", Role.EVALUATOR));
        assertThatThrownBy(() -> firm.forFirm(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.draft(id)).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> drafts.draft(id)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> firm.forFirm(id)).isInstanceOf(AuthenticationException.class);

        // after closing: the firm reads the submitted proposal, never the other organisation's draft
        closeChallenge();
        fixtures.signIn(manager);
        assertThat(firm.forFirm(challengeId, PageRequest.of(0, 10))).extracting(ProposalRow::id).containsExactly(id);
        assertThat(firm.countForFirm(challengeId)).isEqualTo(1);
        assertThat(firm.forFirm(id).summary().title()).startsWith("Vision retrofit");
        assertThatThrownBy(() -> firm.forFirm(draftOfOther)).hasMessage("error.notFound");
        assertThat(firm.dossierForFirm(id).bytes()).isNotEmpty();
        fixtures.signIn(fixtures.firmManager());
        assertThatThrownBy(() -> firm.forFirm(challengeId, PageRequest.of(0, 10))).hasMessage("error.notFound");
        assertThatThrownBy(() -> firm.dossierForFirm(id)).hasMessage("error.notFound");
    }

    @Test
    void everyBadFileIsRefusedWithItsReasonAndNothingIsStored() {
        fixtures.signIn(applicant);
        long id = drafts.start(challengeId);
        AttachedFile good = uploads.upload(id, 2, "good.pdf", pdf("good.pdf", TestPdfs.pdf(2, "good")));
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused(id, "virus.pdf", exe, "document.error.notPdf");
        refused(id, "broken.pdf", "%PDF-1.7\n not really".getBytes(StandardCharsets.US_ASCII), "document.error.corrupt");
        refused(id, "secret.pdf", TestPdfs.pdf(1, "secret", ProposalServicesTest::encrypt), "document.error.encrypted");
        refused(id, "long.pdf", TestPdfs.pdf(500, "long"), "document.error.tooManyPages");
        refused(id, "empty.pdf", new byte[0], "document.error.empty");
        refused(id, "../../etc/passwd.pdf", TestPdfs.pdf(1, "x"), "proposal.error.fileName");
        refused(id, "C:\\Users\\me\\annex.pdf", TestPdfs.pdf(1, "x"), "proposal.error.fileName");
        assertThat(uploads.files(id)).extracting(AttachedFile::id).containsExactly(good.id());

        uploads.upload(id, 2, "better.pdf", pdf("better.pdf", TestPdfs.pdf(1, "better")));
        assertThat(uploads.files(id)).extracting(AttachedFile::fileName).containsExactly("better.pdf");
        uploads.removeFile(id, uploads.files(id).get(0).id());
        assertThat(uploads.files(id)).isEmpty();
    }

    /** The whole hostile corpus through the real upload: each refused with its reason, none leaves a row anywhere. */
    @Test
    void everyHostileFileIsRefusedAndNothingIsStored() {
        fixtures.signIn(applicant);
        long id = drafts.start(challengeId);
        String rows = "select (select count(*) from proposal_file) + (select count(*) from audit_event)";
        long before = jdbc.queryForObject(rows, Long.class);
        for (HostilePdfs.Hostile hostile : HostilePdfs.refused()) {
            Path file = pdf("hostile.pdf", hostile.bytes());
            assertThatThrownBy(() -> uploads.upload(id, null, hostile.name() + ".pdf", file)).as(hostile.name())
                    .isInstanceOf(UserFacingException.class).hasMessage(hostile.refusal());
        }
        assertThat(jdbc.queryForObject(rows, Long.class)).isEqualTo(before);
        assertThat(uploads.files(id)).isEmpty();
    }

    private void refused(long id, String name, byte[] bytes, String key) {
        Path file = pdf("upload-" + Math.abs(name.hashCode()) + ".pdf", bytes);
        assertThatThrownBy(() -> uploads.upload(id, 2, name, file)).isInstanceOf(UserFacingException.class).hasMessage(key);
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
        ProposalDraft d = drafts.draft(id);
        d.setAbstractText("x".repeat(challenges.view(challengeId).form().abstractMax() + 1));
        assertThatThrownBy(() -> drafts.save(d)).hasMessage("proposal.error.tooLong");
        ProposalDraft answer = drafts.draft(id);
        answer.getAnswers().put(0, "y".repeat(1501));
        assertThatThrownBy(() -> drafts.save(answer)).hasMessage("proposal.error.answerTooLong");
        ProposalDraft choice = drafts.draft(id);
        choice.getAnswers().put(1, "Something else");
        assertThatThrownBy(() -> drafts.save(choice)).hasMessage("proposal.error.choice");
        assertThat(drafts.draft(id).getAbstractText()).startsWith("We will retrofit");
        assertThat(drafts.draft(id).getVersion()).isEqualTo(d.getVersion());
    }

    @Test
    void aStoredFileThatNoLongerMatchesItsHashIsNeverServed() {
        long id = proposals.complete(applicant, challengeId);
        AttachedFile file = uploads.upload(id, null, "plan.pdf", pdf("plan.pdf", TestPdfs.pdf(1, "plan")));
        assertThat(Hashes.sha256(uploads.myFile(id, file.id()).bytes())).isEqualTo(file.sha256());
        jdbc.update("update proposal_file set content = ? where id = ?", TestPdfs.pdf(1, "tampered"), file.id());
        // the download streams: the mismatch shows when the content is written, which then fails
        assertThatThrownBy(() -> uploads.myFile(id, file.id()).bytes()).hasMessage("proposal.error.fileDamaged");
    }

    @Test
    void resubmissionsAreVersionsAndTheLatestCounts() {
        long id = proposals.submitted(applicant, challengeId);
        String first = drafts.overview(id).contentHash();
        assertThatThrownBy(() -> drafts.save(drafts.draft(id))).hasMessage("proposal.error.reopenFirst");

        submissions.reopen(id);
        assertThat(drafts.overview(id).editing()).isTrue();
        assertThat(submitted.summary(id).submissionVersion()).as("the first submission still counts").isEqualTo(1);
        ProposalDraft d = drafts.draft(id);
        d.setTitle("Vision retrofit, second take");
        drafts.save(d);
        SubmissionInfo second = submissions.submit(id, d.getVersion());

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.contentHash()).isNotEqualTo(first);
        assertThat(submissions.submissions(id)).extracting(SubmissionInfo::number).containsExactly(2, 1);
        assertThat(submitted.summary(id).title()).isEqualTo("Vision retrofit, second take");
        assertThat(String.join(" ", TestPdfs.lines(submissions.receipt(id, 1).bytes()))).contains(first.substring(0, 20));
        assertThat(stats.submittedCount(challengeId)).isEqualTo(1);
        assertThat(events.stream(ProposalSubmitted.class).filter(e -> e.proposalId() == id)).hasSize(2);
    }

    @Test
    void aWithdrawnProposalNoLongerCounts() {
        long id = proposals.submitted(applicant, challengeId);
        submissions.withdraw(id);
        assertThat(drafts.overview(id).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(stats.submittedCount(challengeId)).isZero();
        assertThat(submitted.submittedTo(challengeId)).isEmpty();
        assertThatThrownBy(() -> submitted.summary(id)).hasMessage("error.notFound");
        assertThatThrownBy(() -> submissions.reopen(id)).hasMessage("proposal.error.notSubmitted");
        assertThatThrownBy(() -> submissions.withdraw(id)).hasMessage("proposal.error.notWithdrawable");
    }

    @Test
    void twoTeamMembersDoNotOverwriteEachOther() {
        long id = proposals.complete(applicant, challengeId);
        UserAccount partner = fixtures.applicant();
        team.invite(id, partner.getEmail());
        assertThat(mail.sentTo(partner.getEmail())).anyMatch(m -> m.getBody().contains("/proposals/" + id));
        UserAccount colleague = accounts.user("colleague", accounts.reload(applicant.getId()).getOrganisation(), Role.APPLICANT);

        fixtures.signIn(colleague);
        ProposalDraft mine = drafts.draft(id);
        fixtures.signIn(partner);
        ProposalDraft theirs = drafts.draft(id);
        theirs.setAbstractText("The partner's abstract.");
        drafts.save(theirs);

        fixtures.signIn(colleague);
        mine.setAbstractText("The colleague's abstract.");
        assertThatThrownBy(() -> drafts.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(drafts.draft(id).getAbstractText()).isEqualTo("The partner's abstract.");

        fixtures.signIn(partner);
        assertThat(myProposals.mine(PageRequest.of(0, 10))).extracting(ProposalRow::id).containsExactly(id);
        assertThatThrownBy(() -> submissions.submit(id, drafts.draft(id).getVersion())).hasMessage("proposal.error.leadOnly");
    }

    @Test
    void aDoubleClickOnSubmitMakesOneSubmission() {
        long id = proposals.complete(applicant, challengeId);
        long version = drafts.draft(id).getVersion();
        submissions.submit(id, version);
        assertThatThrownBy(() -> submissions.submit(id, version)).hasMessage("proposal.error.alreadySubmitted");
        assertThat(submissions.submissions(id)).hasSize(1);
        assertThat(drafts.start(challengeId)).as("a second start opens the same proposal").isEqualTo(id);
    }

    @Test
    void aSubmissionThatFailsHalfWayStoresNothing() {
        long id = proposals.complete(applicant, challengeId);
        uploads.upload(id, null, "plan.pdf", pdf("plan.pdf", TestPdfs.pdf(1, "plan")));
        long version = drafts.draft(id).getVersion();
        failing.failFor(id);
        try {
            assertThatThrownBy(() -> submissions.submit(id, version)).isInstanceOf(IllegalStateException.class);
        } finally {
            failing.clear(id);
        }
        assertThat(drafts.overview(id).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(submissions.submissions(id)).isEmpty();
        assertThat(drafts.draft(id).getVersion()).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from proposal_submission where proposal_id = ?", Long.class, id)).isZero();
        assertThat(mail.sentTo(applicant.getEmail())).noneMatch(m -> m.getSubject().contains("Proposal submitted"));
        assertThat(submissions.submit(id, version).number()).as("and it can be submitted afterwards").isEqualTo(1);
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
        assertThatThrownBy(() -> drafts.start(secret)).hasMessage("proposal.error.ndaRequired");
        nda.acceptNda(secret);
        assertThat(drafts.start(secret)).isPositive();
        assertThatThrownBy(() -> drafts.start(universities)).hasMessage("proposal.error.notEligible");
    }

    @Test
    void anExtendedDeadlineReachesMyProposals() {
        long id = proposals.complete(applicant, challengeId);
        fixtures.signIn(manager);
        java.time.LocalDateTime later = java.time.LocalDateTime.ofInstant(challenges.view(challengeId).closesAt(),
                it.convergo.base.Times.ROME).plusDays(14);
        publishing.changeDeadline(challengeId, later);
        fixtures.signIn(applicant);
        assertThat(drafts.overview(id).closesAt()).isEqualTo(later.atZone(it.convergo.base.Times.ROME).toInstant());
        assertThat(myProposals.mine(PageRequest.of(0, 10))).extracting(ProposalRow::closesAt)
                .containsExactly(later.atZone(it.convergo.base.Times.ROME).toInstant());
    }

    @Test
    void outcomesShowOnMyProposals() {
        long id = proposals.submitted(applicant, challengeId);
        submitted.recordOutcome(id, ProposalStatus.NOT_ELIGIBLE, "The TRL is below the minimum.");
        assertThat(myProposals.mine(PageRequest.of(0, 10))).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ProposalStatus.NOT_ELIGIBLE);
            assertThat(r.outcomeNote()).isEqualTo("The TRL is below the minimum.");
        });
        assertThat(submitted.submittedTo(challengeId)).extracting(ProposalSummary::status).containsExactly(ProposalStatus.NOT_ELIGIBLE);
    }
}
