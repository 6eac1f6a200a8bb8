package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.base.Table;
import it.convergo.base.UserFacingException;
import it.convergo.evaluation.progress.PanelsExport;
import it.convergo.support.SpringTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The panels as CSV and XLSX for the challenge's firm: one row per seat, read back from the file. */
class PanelsExportTest extends SpringTest {

    @Autowired
    PathDriver driver;
    @Autowired
    PanelsExport export;

    @AfterEach
    void signOut() {
        driver.challenges.signOut();
    }

    @Test
    void theFirmDownloadsItsPanelsAsXlsxAndCsvAndNobodyElseDoes() throws Exception {
        List<UserAccount> panel = driver.evaluators(2);
        long challenge = driver.openChallenge("Panels export", 2);
        long proposal = driver.submit(driver.applicant(), challenge);
        driver.close(challenge);
        driver.eligible(challenge, proposal);
        driver.assign(proposal, panel);

        driver.challenges.signIn(driver.manager());
        Table table = export.table(challenge, Locale.ITALIAN);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            assertThat(book.getFirstSheet().getName()).isEqualTo("Commissioni");
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("N. proposta");
            assertThat(rows.getFirst().getCellText(5)).isEqualTo("Relatore");
            for (Row seat : rows.subList(1, 3)) {
                assertThat(seat.getCell(0).getType()).isEqualTo(CellType.NUMBER);
                assertThat(seat.getCell(0).asNumber()).isEqualByComparingTo(Long.toString(proposal));
                assertThat(seat.getCell(3).getType()).isEqualTo(CellType.STRING);
                assertThat(seat.getCellText(4)).isEqualTo("deve dichiarare");
                assertThat(seat.getCell(6).getType()).as("the due date is a date cell").isEqualTo(CellType.NUMBER);
            }
            assertThat(rows.subList(1, 3).stream().map(r -> r.getCellText(3)).toList())
                    .containsExactlyInAnyOrder(panel.get(0).getFullName(), panel.get(1).getFullName());
            assertThat(rows.subList(1, 3).stream().map(r -> r.getCellText(5)).toList()).containsExactlyInAnyOrder("sì", "no");
        }
        String csv = export.table(challenge, Locale.ENGLISH).csv(Locale.ENGLISH);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Proposal no.,Proposal,Organisation,Evaluator,State");
        assertThat(csv.lines().count()).isEqualTo(3);

        driver.challenges.signIn(driver.challenges.firmManager());
        assertThatThrownBy(() -> export.table(challenge, Locale.ENGLISH)).as("another firm")
                .isInstanceOf(UserFacingException.class);
        driver.challenges.signIn(driver.applicant());
        assertThatThrownBy(() -> export.table(challenge, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }
}
