package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.document.TestPdfs;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalUploads;
import it.convergo.support.SpringTest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Erasing one's own account: afterwards no column of any table (the workflow engine's included) holds the
 * person's address or name; drafts nobody else carries on are gone, submitted proposals stay under the alias.
 */
class PersonalDataErasureTest extends SpringTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    AccountFixtures accounts;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    PersonalDataExport export;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserDetailsService userDetails;

    @TempDir
    Path dir;

    @Test
    void afterErasureNoTableHoldsThePersonsAddressOrNameAndOnlyTheRecordsOfTheSelectionStay() throws Exception {
        challenges.signIn(challenges.firmManager());
        long first = challenges.open(ChallengeFixtures.unique("Erasure one"));
        long second = challenges.open(ChallengeFixtures.unique("Erasure two"));
        UserAccount me = accounts.user("oblivion" + System.nanoTime() % 1_000_000 + "x" + PEOPLE.incrementAndGet(),
                accounts.organisation("Forgotten", OrganisationType.STARTUP), Role.APPLICANT);
        String email = me.getEmail();
        String name = me.getFullName();
        long submitted = proposals.submitted(me, first);
        long draft = proposals.complete(me, second);
        uploads.upload(draft, null, "draft-annex.pdf", TestPdfs.write(dir, "a.pdf", TestPdfs.pdf(1, "Draft annex")));
        export.writeMine(new ByteArrayOutputStream());
        assertThat(tablesHolding(email)).as("the address is in the database before").isNotEmpty();

        assertThatThrownBy(() -> erasure.eraseMe("someone.else@example.com"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("profile.erase.mismatch");
        assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, me.getId())).isEqualTo(email);

        erasure.eraseMe(" " + email.toUpperCase() + " ");
        challenges.signOut();

        assertThat(tablesHolding(email)).as("columns still holding the address").isEmpty();
        assertThat(tablesHolding(name)).as("columns still holding the name").isEmpty();
        assertThat(count("select count(*) from proposal where id = ?", draft)).as("the draft nobody carries on").isZero();
        assertThat(count("select count(*) from proposal_file where proposal_id = ?", draft)).isZero();
        assertThat(count("select count(*) from proposal where id = ? and lead_user_id = ?", submitted, me.getId()))
                .as("the submitted proposal stays, led by the anonymised account").isOne();
        assertThat(count("select count(*) from user_account where id = ? and disabled = ?", me.getId(), true)).isOne();
        assertThat(count("select count(*) from user_role where user_id = ?", me.getId())).isZero();
        assertThat(count("select count(*) from audit_event where action = 'account.erased' and subject = ?", "user:" + me.getId()))
                .isOne();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void anAdministratorIsRefusedAndKeepsTheAccount() {
        UserAccount admin = accounts.user("keeper", null, Role.ADMIN);
        challenges.signIn(admin);
        assertThatThrownBy(() -> erasure.eraseMe(admin.getEmail()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("profile.erase.admin");
        assertThat(count("select count(*) from user_account where id = ? and disabled = ?", admin.getId(), false)).isOne();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** Every text column of every table of the portal's database that contains the text, as table.column. */
    private List<String> tablesHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        Set<Integer> textTypes = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                Types.LONGNVARCHAR, Types.NCLOB);
        List<String[]> columns = new ArrayList<>();
        try (Connection con = dataSource.getConnection()) {
            DatabaseMetaData meta = con.getMetaData();
            try (ResultSet rs = meta.getColumns(con.getCatalog(), con.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_NAME");
                    if (textTypes.contains(rs.getInt("DATA_TYPE")) && !type.toLowerCase().startsWith("flyway")) {
                        columns.add(new String[] {type, rs.getString("COLUMN_NAME")});
                    }
                }
            }
        }
        assertThat(columns).as("text columns found").hasSizeGreaterThan(50);
        for (String[] c : columns) {
            Integer hits = jdbc.queryForObject("select count(*) from " + c[0] + " where lower(" + c[1] + ") like ?", Integer.class,
                    "%" + text.toLowerCase() + "%");
            if (hits != null && hits > 0) {
                found.add(c[0] + "." + c[1]);
            }
        }
        return found;
    }
}
