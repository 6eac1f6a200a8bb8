package it.convergo.proposal;

import static it.convergo.proposal.DuplicateTexts.COPIED;
import static it.convergo.proposal.DuplicateTexts.EARLIER;
import static it.convergo.proposal.DuplicateTexts.EDITED_COPY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Challenges;
import it.convergo.proposal.DuplicateReport.NearDuplicate;
import it.convergo.proposal.DuplicateReport.Where;
import it.convergo.support.SpringTest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Near-duplicates and earlier proposals: found, told only to the owning firm, never leaking another firm's content. */
class DuplicatesTest extends SpringTest {

    @Autowired
    Duplicates duplicates;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalDrafts drafts;
    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    Challenges challenges;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private long open(UserAccount manager, String title, boolean blind) {
        fixtures.signIn(manager);
        ChallengeDraft d = fixtures.completeDraft(ChallengeFixtures.unique(title));
        LocalDateTime now = LocalDateTime.now(it.convergo.base.Times.ROME).truncatedTo(ChronoUnit.MINUTES);
        d.setOpensAt(now);
        d.setClosesAt(now.plusDays(30));
        d.setBlindEvaluation(blind);
        long id = fixtures.publishAndOpen(d);
        fixtures.signOut();
        return id;
    }

    private long submit(UserAccount applicant, long challengeId, String title, String text) {
        long id = DuplicateTexts.submitted(proposals, drafts, applicant, challengeId, title, text);
        fixtures.signOut();
        return id;
    }

    @Test
    void copiesAreFlaggedToTheOwningFirmOnlyAndNothingOfAnotherFirmLeaks() {
        UserAccount firmA = fixtures.firmManager();
        UserAccount firmB = fixtures.firmManager();
        long challenge = open(firmA, "Weld inspection", false);
        long earlierChallenge = open(firmA, "Warehouse twin", false);
        long otherFirms = open(firmB, "Secret weld programme", false);
        UserAccount copier = fixtures.applicant();
        UserAccount copied = fixtures.applicant();
        long earlier = submit(copier, earlierChallenge, "Digital twin of the spare parts store", EARLIER);
        long original = submit(copied, challenge, "Weld vision", COPIED);
        long copy = submit(copier, challenge, "Seam checker", EDITED_COPY);
        long unrelated = submit(fixtures.applicant(), challenge, "Paint shop heat recovery", DuplicateTexts.unrelated());
        long elsewhere = submit(copier, otherFirms, "Confidential weld vision for B", COPIED);

        fixtures.signIn(firmA);
        assertThatThrownBy(() -> duplicates.flagged(challenge)).hasMessage("proposal.error.firmBeforeClose");
        assertThatThrownBy(() -> duplicates.forFirm(copy)).hasMessage("proposal.error.firmBeforeClose");
        fixtures.signOut();
        for (long c : new long[] {challenge, earlierChallenge, otherFirms}) {
            fixtures.fireLifecycleTimer(c);
        }

        fixtures.signIn(firmA);
        assertThat(duplicates.flagged(challenge)).contains(original, copy).doesNotContain(unrelated);
        DuplicateReport ofCopy = duplicates.forFirm(copy);
        assertThat(ofCopy.nearDuplicates()).filteredOn(d -> d.where() == Where.SAME_CHALLENGE)
                .singleElement().satisfies(d -> {
                    assertThat(d.proposalId()).isEqualTo(original);
                    assertThat(d.title()).isEqualTo("Weld vision");
                    assertThat(d.similarityPercent()).isBetween(15, 99);
                });
        NearDuplicate outside = ofCopy.nearDuplicates().stream().filter(d -> d.where() == Where.ELSEWHERE).findFirst().orElseThrow();
        assertThat(outside.proposalId()).isNull();
        assertThat(outside.title()).isNull();
        assertThat(outside.challengeTitle()).isNull();
        assertThat(ofCopy.toString()).doesNotContain("Confidential weld vision").doesNotContain("Secret weld programme")
                .doesNotContain(String.valueOf(elsewhere) + ",");
        assertThat(ofCopy.earlier()).singleElement().satisfies(e -> {
            assertThat(e.proposalId()).isEqualTo(earlier);
            assertThat(e.challengeTitle()).startsWith("Warehouse twin");
        });
        assertThat(duplicates.forFirm(original).nearDuplicates()).extracting(NearDuplicate::proposalId).contains(copy);
        assertThat(duplicates.forFirm(unrelated).nearDuplicates()).isEmpty();

        // the other firm sees its own copy flagged, but nothing of firm A's proposals
        fixtures.signIn(firmB);
        assertThat(duplicates.flagged(otherFirms)).containsExactly(elsewhere);
        assertThat(duplicates.forFirm(elsewhere).nearDuplicates()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.where()).isEqualTo(Where.ELSEWHERE))
                .allSatisfy(d -> assertThat(d.title()).isNull());
        assertThat(duplicates.forFirm(elsewhere).earlier()).as("firm A's challenges are not firm B's").isEmpty();
        assertThatThrownBy(() -> duplicates.forFirm(copy)).hasMessage("error.notFound");
        assertThatThrownBy(() -> duplicates.flagged(challenge)).hasMessage("error.notFound");

        // nobody else: the applicant, an evaluator, an admin reading the proposals
        fixtures.signIn(copier);
        assertThatThrownBy(() -> duplicates.forFirm(copy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duplicates.flagged(challenge)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.user("evaluator", Role.EVALUATOR));
        assertThatThrownBy(() -> duplicates.forFirm(copy)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.user("admin", Role.ADMIN));
        assertThatThrownBy(() -> duplicates.forFirm(copy)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBlindChallengeListsNoEarlierProposalsAndNamesNoneOfItsCopies() {
        UserAccount firm = fixtures.firmManager();
        long earlierChallenge = open(firm, "Warehouse twin", false);
        long openChallenge = open(firm, "Weld inspection", false);
        long blind = open(firm, "Blind weld inspection", true);
        UserAccount applicant = fixtures.applicant();
        submit(applicant, earlierChallenge, "Digital twin", EARLIER);
        long openCopy = submit(applicant, openChallenge, "Weld vision, open", COPIED);
        long blindCopy = submit(applicant, blind, "Weld vision, blind", EDITED_COPY);
        for (long c : new long[] {earlierChallenge, openChallenge, blind}) {
            fixtures.fireLifecycleTimer(c);
        }

        fixtures.signIn(firm);
        DuplicateReport report = duplicates.forFirm(blindCopy);
        assertThat(report.blind()).isTrue();
        assertThat(report.earlier()).isEmpty();
        // (other tests' copies of the same text, in other firms' challenges, are found too)
        assertThat(report.nearDuplicates()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.where()).isEqualTo(Where.ELSEWHERE);
            assertThat(d.title()).isNull();
        });
        // and from the open challenge, the copy in the blind one is not named either
        assertThat(duplicates.forFirm(openCopy).nearDuplicates()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.where()).isEqualTo(Where.ELSEWHERE));
    }

    @Test
    void aResubmittedVersionIsFingerprintedAgainAndOldProposalsLazily() {
        UserAccount firm = fixtures.firmManager();
        long challenge = open(firm, "Weld inspection", false);
        long a = submit(fixtures.applicant(), challenge, "Weld vision", COPIED);
        long b = submit(fixtures.applicant(), challenge, "Seam checker", EDITED_COPY);
        fixtures.fireLifecycleTimer(challenge);
        // as if submitted before fingerprints existed
        jdbc.update("DELETE FROM proposal_fingerprint WHERE proposal_id IN (?, ?)", a, b);

        fixtures.signIn(firm);
        assertThat(duplicates.flagged(challenge)).containsExactlyInAnyOrder(a, b);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proposal_fingerprint WHERE proposal_id IN (?, ?)", Long.class, a, b))
                .isEqualTo(2);
    }

    @Autowired
    Fingerprints fingerprints;

    @Test
    void theNightlySweepForgetsTheFingerprintsOfProposalsThatNoLongerExistAndNothingElse() {
        UserAccount firm = fixtures.firmManager();
        long challenge = open(firm, "Weld inspection", false);
        long a = submit(fixtures.applicant(), challenge, "Weld vision", COPIED);
        long b = submit(fixtures.applicant(), challenge, "Seam checker", EDITED_COPY);
        fixtures.fireLifecycleTimer(challenge);
        fixtures.signIn(firm);
        assertThat(duplicates.flagged(challenge)).containsExactlyInAnyOrder(a, b);
        fixtures.signOut();
        long gone = a + 1_000_000_000L; // a row left behind by a proposal deleted since
        jdbc.update("INSERT INTO proposal_fingerprint (proposal_id, submission_number, challenge_id, signature, computed_at, version)"
                + " SELECT ?, submission_number, challenge_id, signature, computed_at, 0 FROM proposal_fingerprint WHERE proposal_id = ?",
                gone, a);

        fingerprints.forgetDeleted();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proposal_fingerprint WHERE proposal_id = ?", Long.class, gone)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proposal_fingerprint WHERE proposal_id IN (?, ?)", Long.class, a, b))
                .isEqualTo(2);
    }
}
