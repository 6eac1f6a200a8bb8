package it.convergo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.Visibility;
import it.convergo.network.OrganisationImport.Line;
import it.convergo.notification.MailService;
import it.convergo.support.SpringTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Invited organisations from a file: every row checked first, the good ones invited once, by the challenge's firm. */
class OrganisationImportTest extends SpringTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    OrganisationImport imports;
    @Autowired
    MailService mail;

    @AfterEach
    void signOut() {
        challenges.signOut();
    }

    private long inviteOnlyChallenge(UserAccount manager) {
        challenges.signIn(manager);
        ChallengeDraft d = challenges.completeDraft(ChallengeFixtures.unique("Invited list"));
        d.setVisibility(Visibility.INVITE_ONLY);
        d.setAccessCode("LIST-" + System.nanoTime());
        return editor.save(d);
    }

    @Test
    void twoManagersImportingAtOnceBothLand() throws Exception {
        UserAccount manager = challenges.firmManager();
        long challenge = inviteOnlyChallenge(manager);
        List<Organisation> orgs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orgs.add(accounts.organisation("Parallel " + i, OrganisationType.STARTUP));
        }
        signOut();
        var start = new java.util.concurrent.CyclicBarrier(orgs.size());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(orgs.size());
        try {
            List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (Organisation o : orgs) {
                done.add(pool.submit(() -> {
                    challenges.signIn(manager);
                    try {
                        List<Line> lines = imports.preview(challenge, List.of(List.of("organisation", "email", "vat"),
                                List.of(o.getName(), AccountFixtures.uniqueEmail("par"), o.getVatNumber())));
                        start.await();
                        return imports.invite(challenge, lines);
                    } finally {
                        challenges.signOut();
                    }
                }));
            }
            for (var f : done) {
                assertThat(f.get()).as("each import invites its organisation").isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        challenges.signIn(manager);
        assertThat(editor.draft(challenge).getInvitedOrganisations())
                .containsAll(orgs.stream().map(Organisation::getId).toList());
    }

    @Test
    void eachRowSaysWhatIsWrongAndOnlyTheGoodOnesAreInvitedOnce() {
        Organisation byVat = accounts.organisation("Vat Robotics", OrganisationType.STARTUP);
        UserAccount vatApplicant = accounts.user("vatapp", byVat, Role.APPLICANT);
        Organisation byContact = accounts.organisation("Contact Labs", OrganisationType.UNIVERSITY);
        UserAccount contact = accounts.user("contact", byContact, Role.APPLICANT);
        Organisation earlier = accounts.organisation("Earlier", OrganisationType.SME);
        UserAccount manager = challenges.firmManager();
        long challenge = inviteOnlyChallenge(manager);
        ChallengeDraft d = editor.draft(challenge);
        d.getInvitedOrganisations().add(earlier.getId());
        editor.save(d);
        Organisation own = accounts.reload(manager.getId()).getOrganisation();

        List<Line> lines = imports.preview(challenge, List.of(
                List.of("Organizzazione", "E-mail", "Partita IVA"),
                List.of("Vat Robotics", AccountFixtures.uniqueEmail("someone"), byVat.getVatNumber()),
                List.of(byContact.getName().toUpperCase(), contact.getEmail(), ""),
                List.of("Bad address", "not-an-address", ""),
                List.of("Bad VAT", AccountFixtures.uniqueEmail("badvat"), "12345678901"),
                List.of("", AccountFixtures.uniqueEmail("noname"), ""),
                List.of("Vat Robotics again", AccountFixtures.uniqueEmail("again"), "IT" + byVat.getVatNumber()),
                List.of("Earlier", AccountFixtures.uniqueEmail("earlier"), earlier.getVatNumber()),
                List.of("Mine", AccountFixtures.uniqueEmail("mine"), own.getVatNumber()),
                List.of("Stranger S.r.l.", AccountFixtures.uniqueEmail("stranger"), ""),
                List.of("Wrong name", contact.getEmail(), "")));
        assertThat(lines).extracting(Line::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(lines).extracting(Line::problem).containsExactly(null, null, "register.error.email",
                "vat.error.itCheckDigit", "import.org.error.name", "import.org.error.repeated",
                "import.org.error.alreadyInvited", "import.org.error.own", "import.org.error.unknown",
                "import.org.error.unknown");
        assertThat(lines.get(0).portalName()).isEqualTo(byVat.getName());
        assertThat(lines.get(1).organisationId()).isEqualTo(byContact.getId());
        assertThat(lines.getLast().portalName()).as("an address is not tied to another name").isNull();

        assertThat(imports.invite(challenge, lines)).isEqualTo(2);
        assertThat(editor.draft(challenge).getInvitedOrganisations())
                .contains(byVat.getId(), byContact.getId(), earlier.getId());
        assertThat(mail.sentTo(vatApplicant.getEmail())).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("/challenges/"));
        assertThat(mail.sentTo(contact.getEmail())).hasSize(1);

        assertThat(imports.invite(challenge, lines)).as("confirmed twice: nobody invited or mailed again").isZero();
        assertThat(mail.sentTo(vatApplicant.getEmail())).hasSize(1);
        assertThat(imports.preview(challenge, List.of(List.of("organisation", "email", "vat"),
                List.of("Vat Robotics", vatApplicant.getEmail(), byVat.getVatNumber()))))
                .extracting(Line::problem).containsExactly("import.org.error.alreadyInvited");
    }

    @Test
    void onlyTheFirmOfAnInviteOnlyChallengeImports() {
        UserAccount manager = challenges.firmManager();
        long challenge = inviteOnlyChallenge(manager);
        List<List<String>> file = List.of(List.of("organisation", "e-mail"), List.of("X", "x@example.org"));
        assertThatThrownBy(() -> imports.preview(challenge, List.of(List.of("who", "where"))))
                .hasMessage("import.org.error.columns");
        long open = challenges.draft(ChallengeFixtures.unique("Public one"));
        assertThatThrownBy(() -> imports.preview(open, file)).isInstanceOf(UserFacingException.class)
                .hasMessage("import.org.error.notInviteOnly");

        challenges.signIn(challenges.firmManager());
        assertThatThrownBy(() -> imports.preview(challenge, file)).as("another firm's challenge")
                .isInstanceOf(UserFacingException.class);
        challenges.signIn(challenges.applicant());
        assertThatThrownBy(() -> imports.preview(challenge, file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.invite(challenge, List.of())).isInstanceOf(AccessDeniedException.class);
        challenges.signIn(accounts.user("admin", null, Role.ADMIN));
        assertThat(imports.preview(challenge, file)).singleElement()
                .satisfies(l -> assertThat(l.problem()).isEqualTo("import.org.error.unknown"));
    }
}
