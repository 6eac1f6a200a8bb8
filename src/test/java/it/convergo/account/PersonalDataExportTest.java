package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.challenge.ChallengeFixtures;
import it.convergo.document.TestPdfs;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalUploads;
import it.convergo.support.SpringTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's own copy of their data: everything about them, their files byte for byte, nothing about anyone else. */
class PersonalDataExportTest extends SpringTest {

    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalUploads uploads;
    @Autowired
    PersonalDataExport export;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void anApplicantGetsTheirAccountProposalsFilesEmailsAndActivityAndNothingOfOthers() throws Exception {
        challenges.signIn(challenges.firmManager());
        long challengeId = challenges.open(ChallengeFixtures.unique("Personal data"));
        UserAccount other = challenges.applicant();
        long theirs = proposals.complete(other, challengeId);
        UserAccount me = challenges.applicant();
        long mine = proposals.complete(me, challengeId);
        byte[] pdf = TestPdfs.pdf(1, "Annex of mine");
        uploads.upload(mine, null, "annex-mine.pdf", TestPdfs.write(dir, "upload.pdf", pdf));
        proposals.submit(mine);

        Map<String, byte[]> zip = unzip(exportMine());

        String text = new String(zip.get("personal-data.json"), StandardCharsets.UTF_8);
        String passwordHash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, me.getId());
        assertThat(text).contains(me.getEmail(), "Vision retrofit " + mine, "annex-mine.pdf", "proposal.submitted")
                .doesNotContain(other.getEmail(), "Vision retrofit " + theirs, passwordHash);
        JsonNode data = JsonMapper.builder().build().readTree(text);
        assertThat(data.get("person").get("userId").asLong()).isEqualTo(me.getId());
        assertThat(data.get("account").get("account").get(0).get("email").asString()).isEqualTo(me.getEmail());
        assertThat(data.get("proposals")).hasSize(1);
        JsonNode proposal = data.get("proposals").get(0);
        assertThat(proposal.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(proposal.get("answers")).isNotEmpty();
        assertThat(proposal.get("areas").get(0).asString()).isEqualTo("ROBOTICS");
        assertThat(proposal.get("submissions")).hasSize(1);
        assertThat(proposal.get("submissions").get(0).get("fileIds")).hasSize(1);
        assertThat(data.get("emails")).as("the receipt e-mail").isNotEmpty();
        assertThat(data.get("evaluations").get("assignments")).isEmpty();

        long fileId = proposal.get("files").get(0).get("id").asLong();
        assertThat(zip.get("files/proposals/" + mine + "/" + fileId + "-annex-mine.pdf")).as("the file, byte for byte").isEqualTo(pdf);
        assertThat(zip.keySet()).allMatch(name -> !name.contains("/" + theirs + "/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'account.dataExported' and actor = ?",
                Integer.class, me.getEmail())).isEqualTo(1);
    }

    @Test
    void nobodyExportsWithoutSigningIn() {
        challenges.signOut();
        assertThatThrownBy(this::exportMine).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private byte[] exportMine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeMine(out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
