package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.EvaluatorImport.Line;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.support.SpringTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A list of evaluators: every row checked before anyone is invited, only the good rows invited, admins only. */
class EvaluatorImportTest extends SpringTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    EvaluatorImport imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachRowSaysWhatIsWrongAndOnlyTheGoodOnesAreInvited() {
        UserAccount existing = accounts.user("already", null, Role.APPLICANT);
        challenges.signIn(accounts.user("importer", null, Role.ADMIN));
        String fresh = AccountFixtures.uniqueEmail("newexpert");
        List<Line> lines = imports.preview(List.of(
                List.of("Nome", "E-mail", "Lingua"),
                List.of("Giulia Verdi", fresh.toUpperCase(Locale.ROOT), "en"),
                List.of("Nobody", "not-an-address", ""),
                List.of("", AccountFixtures.uniqueEmail("noname"), ""),
                List.of("Again", fresh, ""),
                List.of("Known", existing.getEmail(), "it"),
                List.of("Odd", AccountFixtures.uniqueEmail("odd"), "fr")));
        assertThat(lines).extracting(Line::row).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(lines).extracting(Line::problem).containsExactly(null, "register.error.email", "import.error.name",
                "import.error.repeated", "register.error.emailTaken", "import.error.language");
        assertThat(lines.getFirst().email()).isEqualTo(fresh);
        assertThat(lines.getFirst().language()).isEqualTo(Locale.ENGLISH);

        assertThat(imports.invite(lines)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account u join user_role r on r.user_id = u.id "
                + "where u.email = ? and r.role = 'EVALUATOR'", Integer.class, fresh)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class, fresh)).isOne();
        assertThat(imports.invite(lines)).as("a second run finds the address taken").singleElement()
                .satisfies(l -> assertThat(l.problem()).isEqualTo("register.error.emailTaken"));
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAndNobodyElseImports() {
        challenges.signIn(accounts.user("importer", null, Role.ADMIN));
        assertThatThrownBy(() -> imports.preview(List.of(List.of("who", "where")))).isInstanceOf(UserFacingException.class)
                .hasMessage("import.error.columns");
        challenges.signIn(accounts.user("firmonly", null, Role.FIRM_MANAGER));
        assertThatThrownBy(() -> imports.preview(List.of(List.of("email", "name")))).isInstanceOf(AccessDeniedException.class);
    }
}
