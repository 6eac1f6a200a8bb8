package it.convergo.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.UserAccount;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengeNda;
import it.convergo.challenge.Challenges;
import it.convergo.document.BlindScan;
import it.convergo.support.SpringTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo proposals go through the real rules: two submitted with a generated annex, one draft. */
class DemoProposalsTest extends SpringTest {

    @Autowired
    ProposalDrafts drafts;
    @Autowired
    ProposalSubmissions submissions;
    @Autowired
    MyProposals myProposals;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    SubmittedProposals submitted;
    @Autowired
    ProposalRepository repository;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Challenges challenges;
    @Autowired
    ChallengeNda nda;
    @Autowired
    UserDetailsService users;
    @Autowired
    ChallengeFixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void demoApplicantsGetRealisticProposals() {
        fixtures.signIn(fixtures.firmManager());
        long challengeId = fixtures.open(ChallengeFixtures.unique("Demo line"));
        List<UserAccount> applicants = List.of(fixtures.applicant(), fixtures.applicant(), fixtures.applicant());
        DemoProposals demo = new DemoProposals(drafts, uploads, submissions, repository, catalogue, challenges, nda, users);

        int created = demo.create(List.of(challengeId), applicants.stream().map(UserAccount::getEmail).toList());

        assertThat(created).isEqualTo(3);
        assertThat(submitted.submittedTo(challengeId)).hasSize(2)
                .allSatisfy(s -> assertThat(s.title()).isNotBlank());
        fixtures.signIn(applicants.get(2));
        ProposalRow draft = myProposals.mine(PageRequest.of(0, 5)).get(0);
        assertThat(draft.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(draft.acronym()).isEqualTo("REPAIR-AM");
        assertThat(uploads.files(draft.id())).singleElement().satisfies(f -> assertThat(f.pages()).isPositive());
    }

    /** The demo's blind challenge shows these annexes to evaluators: they must not name the demo applicants. */
    @Test
    void demoAnnexesNameNobody() {
        fixtures.signIn(fixtures.firmManager());
        long challengeId = fixtures.open(ChallengeFixtures.unique("Demo blind"));
        List<UserAccount> applicants = List.of(fixtures.applicant(), fixtures.applicant());
        new DemoProposals(drafts, uploads, submissions, repository, catalogue, challenges, nda, users)
                .create(List.of(challengeId), applicants.stream().map(UserAccount::getEmail).toList());
        List<String> demoIdentities = List.of("Anna Conti", "Sensoria", "Luca Ferrari", "Officine Termiche Venete",
                "Politecnico", "Sara Gallo");

        for (var proposal : submitted.submittedTo(challengeId)) {
            List<String> identity = new java.util.ArrayList<>(demoIdentities);
            identity.addAll(submitted.identityTerms(proposal.id()));
            for (var file : submitted.content(proposal.id(), true).files()) {
                assertThat(BlindScan.leaks(submitted.file(proposal.id(), file.fileId(), true), identity)).isEmpty();
            }
            assertThat(BlindScan.leaks(submitted.dossier(proposal.id(), true), identity)).isEmpty();
        }
    }
}
