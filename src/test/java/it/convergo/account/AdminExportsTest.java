package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.audit.AuditLog;
import it.convergo.base.Table;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.support.SpringTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's exports of users and of the audit log: the grid's rows, formulas neutralised, admins only. */
class AdminExportsTest extends SpringTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    AccountService service;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void usersAndAuditExportAsCsvAndXlsxWithFormulasNeutralised() throws Exception {
        UserAccount listed = accounts.user("exported", null, Role.EVALUATOR);
        challenges.signIn(accounts.user("exporter", null, Role.ADMIN));
        Table users = service.usersTable(listed.getEmail(), null, Locale.ITALIAN);
        assertThat(users.rows()).singleElement().satisfies(r -> assertThat(r).startsWith(listed.getFullName(), listed.getEmail()));
        assertThat(users.csv(Locale.ITALIAN)).startsWith("Nome;E-mail").contains("Valutatore");

        String marker = "=HYPERLINK(\"http://evil.example\";\"x\") " + System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> audit.record("test.export", "test:1", marker));
        Table log = audit.table(marker.substring(1), Locale.ENGLISH);
        assertThat(log.rows()).hasSize(1);
        assertThat(log.csv(Locale.ENGLISH)).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        try (ReadableWorkbook xlsx = new ReadableWorkbook(new ByteArrayInputStream(log.xlsx()))) {
            List<Row> rows = xlsx.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("When");
            assertThat(rows.get(1).getCellText(4)).startsWith("'=HYPERLINK");
        }
    }

    @Test
    void nobodyElseExports() {
        challenges.signIn(accounts.user("notadmin", null, Role.FIRM_MANAGER, Role.EVALUATOR));
        assertThatThrownBy(() -> service.usersTable("", null, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.table("", Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }
}
