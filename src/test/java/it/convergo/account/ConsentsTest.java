package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.base.PersonalDataSource;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.support.SpringTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Consent records: asked at registration, changed in the profile, withdrawn by link, exported, kept at erasure. */
class ConsentsTest extends SpringTest {

    @Autowired
    AccountService accounts;
    @Autowired
    Consents consents;
    @Autowired
    AccountFixtures fixtures;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Translations translations;
    @Autowired
    PersonalDataExport export;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    ProcessingRegister register;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(UserAccount user) {
        AccountPrincipal p = (AccountPrincipal) userDetails.loadUserByUsername(user.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private List<Map<String, Object>> history(long userId) {
        return jdbc.queryForList("select purpose, given, text_hash, language, source from consent_record "
                + "where user_id = ? order by id", userId);
    }

    private RegistrationForm form(String email, boolean marketing) {
        return new RegistrationForm(email, "Anna Conti", "Trattore-verde-42", "Consenso S.r.l.", OrganisationType.STARTUP,
                "IT", AccountFixtures.uniqueVat(), Region.PIEMONTE, OrganisationSize.MICRO, "it", marketing);
    }

    @Test
    void registrationRecordsTheTickedBoxWithTheTextShownAndNothingWhenUnticked() {
        long yes = accounts.register(form(AccountFixtures.uniqueEmail("yes"), true));
        long no = accounts.register(form(AccountFixtures.uniqueEmail("no"), false));

        assertThat(consents.allows(yes, ConsentPurpose.MARKETING_EMAILS)).isTrue();
        assertThat(consents.allows(no, ConsentPurpose.MARKETING_EMAILS)).as("no decision is no consent").isFalse();
        assertThat(history(no)).isEmpty();
        Map<String, Object> record = history(yes).getFirst();
        assertThat(record.get("SOURCE")).isEqualTo("REGISTRATION");
        assertThat(record.get("LANGUAGE")).isEqualTo("it");
        assertThat(record.get("TEXT_HASH")).as("the hash of the Italian text the page showed")
                .isEqualTo(Tokens.hash(translations.get("consent.text.MARKETING_EMAILS", Locale.ITALIAN)));
        assertThat(consents.allows(yes, ConsentPurpose.DIRECTORY_LISTING)).isFalse();
    }

    @Test
    void aPersonChangesTheirOwnConsentInTheProfileAndEveryChangeIsKept() {
        UserAccount anna = fixtures.user("consent", fixtures.organisation("Consent", OrganisationType.SME), Role.APPLICANT);
        assertThatThrownBy(() -> consents.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        signIn(anna);
        assertThat(consents.mine()).containsExactly(Map.entry(ConsentPurpose.MARKETING_EMAILS, false),
                Map.entry(ConsentPurpose.WEEKLY_DIGEST, false));
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, false);
        assertThat(history(anna.getId())).as("withdrawing what was never given records nothing").isEmpty();
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true); // a second tab, a double click
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, false);
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
        assertThat(history(anna.getId())).extracting(r -> r.get("GIVEN")).containsExactly(true, false, true);
        assertThat(history(anna.getId())).extracting(r -> r.get("SOURCE")).containsOnly("PROFILE");
        assertThat(history(anna.getId())).extracting(r -> r.get("LANGUAGE")).containsOnly("en");
        assertThat(consents.mine()).containsEntry(ConsentPurpose.MARKETING_EMAILS, true);
        assertThatThrownBy(() -> consents.changeMine(ConsentPurpose.DIRECTORY_LISTING, true))
                .as("the listing follows the network profile").isInstanceOf(UserFacingException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'consent.given' and subject = ?",
                Long.class, "user:" + anna.getId())).isEqualTo(2);
    }

    @Test
    void theUnsubscribeLinkWithdrawsWithoutSigningInOnceAndCanBeUndone() {
        UserAccount luca = fixtures.user("unsub", fixtures.organisation("Unsub", OrganisationType.SME), Role.APPLICANT);
        signIn(luca);
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
        SecurityContextHolder.clearContext();
        String link = consents.unsubscribeLink(luca.getId(), ConsentPurpose.MARKETING_EMAILS);
        String secret = link.substring(link.lastIndexOf('/') + 1);
        assertThat(link).contains("/unsubscribe/");
        assertThat(jdbc.queryForObject("select count(*) from consent_token where token_hash = ?", Long.class, secret))
                .as("only the hash is stored").isZero();

        assertThat(consents.unsubscribe(secret)).contains(ConsentPurpose.MARKETING_EMAILS);
        assertThat(consents.unsubscribe(secret)).contains(ConsentPurpose.MARKETING_EMAILS);
        assertThat(consents.allows(luca.getId(), ConsentPurpose.MARKETING_EMAILS)).isFalse();
        assertThat(history(luca.getId())).extracting(r -> r.get("SOURCE")).containsExactly("PROFILE", "UNSUBSCRIBE_LINK");
        assertThat(consents.unsubscribe("not-a-link")).isEmpty();
        assertThat(consents.unsubscribe("")).isEmpty();

        assertThat(consents.resubscribe(secret)).contains(ConsentPurpose.MARKETING_EMAILS);
        assertThat(consents.allows(luca.getId(), ConsentPurpose.MARKETING_EMAILS)).isTrue();
    }

    @Test
    void theExportHoldsTheHistoryAndErasureKeepsTheProofsEndingInAWithdrawal() throws Exception {
        UserAccount marta = fixtures.user("erase", fixtures.organisation("Erase", OrganisationType.SME), Role.APPLICANT);
        signIn(marta);
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
        consents.unsubscribeLink(marta.getId(), ConsentPurpose.MARKETING_EMAILS);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.writeMine(zip);
        String json = personalDataJson(zip.toByteArray());
        assertThat(json).contains("\"consents\"", "MARKETING_EMAILS", "PROFILE");

        erasure.eraseMe(marta.getEmail());
        assertThat(history(marta.getId())).extracting(r -> r.get("SOURCE")).containsExactly("PROFILE", "ERASURE");
        assertThat(consents.allows(marta.getId(), ConsentPurpose.MARKETING_EMAILS)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from consent_token where user_id = ?", Long.class, marta.getId()))
                .isZero();
    }

    @Test
    void onlyTheAdministratorReadsTheConsentFiguresInTheRegister() {
        UserAccount giving = fixtures.user("count", fixtures.organisation("Count", OrganisationType.SME), Role.APPLICANT);
        signIn(giving);
        assertThatThrownBy(() -> register.activities()).isInstanceOf(AccessDeniedException.class);
        long before = figure(ConsentPurpose.MARKETING_EMAILS);
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, true);
        assertThat(figure(ConsentPurpose.MARKETING_EMAILS)).isEqualTo(before + 1);
        consents.changeMine(ConsentPurpose.MARKETING_EMAILS, false);
        assertThat(figure(ConsentPurpose.MARKETING_EMAILS)).as("only the latest decision counts").isEqualTo(before);
    }

    private long figure(ConsentPurpose purpose) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        signIn(fixtures.user("admin", null, Role.ADMIN));
        try {
            PersonalDataSource.Processing entry = register.activities().stream()
                    .filter(a -> a.part().equals("consents")).findFirst().orElseThrow();
            return entry.figures().stream().filter(f -> f.key().endsWith(purpose.name()))
                    .map(f -> ((Number) f.params().getFirst()).longValue()).findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(current);
        }
    }

    private static String personalDataJson(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("personal-data.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no personal-data.json");
    }
}
