package it.convergo.account.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.i18n.Translations;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole single sign-on over real HTTP against a real OpenID Connect provider (mock-oauth2-server, started
 * before the portal, which reads the provider's discovery document at start): the portal's redirect to the
 * provider, the provider's redirect back with a code, the code exchange and ID-token check, and the session that
 * follows. Which account an identity becomes is covered in detail by {@code SingleSignOnTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnFlowTest {

    private static final String ISSUER = "university";
    private static final String CLIENT = "convergo-test";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration." + ISSUER + ".";
        registry.add(registration + "client-id", () -> CLIENT);
        registry.add(registration + "client-secret", () -> "test-secret");
        registry.add(registration + "client-name", () -> "Università di Prova");
        registry.add(registration + "scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider." + ISSUER + ".issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Translations translations;

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** A browser: its own cookies, redirects followed one by one so each hop can be checked. */
    private record Browser(HttpClient http) {

        static Browser open() {
            return new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build());
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String portal(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Presses the provider's button and follows the redirects: to the provider, which signs the given person in
     * at once, and back to the portal. Answers where the portal finally sends the browser.
     */
    private String signIn(Browser browser, String subject, String email, boolean verified) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT),
                Map.of("email", email, "email_verified", verified, "name", "Giulia Verdi"), 3600));
        HttpResponse<String> toProvider = browser.get(portal("/oauth2/authorization/" + ISSUER));
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER).toString()).contains("nonce=");

        HttpResponse<String> back = browser.get(authorize);
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(portal("/login/oauth2/code/" + ISSUER)).contains("code=");

        HttpResponse<String> done = browser.get(callback);
        assertThat(done.statusCode()).isEqualTo(302);
        return done.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aFirstSignInMakesAnAccountAndTheSecondFindsItBySubject() throws Exception {
        String email = AccountFixtures.uniqueEmail("sso-flow");
        String subject = UUID.randomUUID().toString();

        String landing = signIn(Browser.open(), subject, email, true);

        assertThat(landing).as("an applicant without organisation names it first").isEqualTo(portal("/complete-organisation"));
        Long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        assertThat(jdbc.queryForObject("select user_id from sso_link where provider = ? and subject = ?", Long.class,
                ISSUER, subject)).isEqualTo(id);
        assertThat(accounts.reload(id).getRoles()).containsExactly(Role.APPLICANT);
        assertThat(accounts.reload(id).getFullName()).isEqualTo("Giulia Verdi");

        // at the provider the person now has another address; the portal still knows them by the subject
        String again = signIn(Browser.open(), subject, AccountFixtures.uniqueEmail("sso-flow-moved"), true);
        assertThat(again).isEqualTo(portal("/complete-organisation"));
        assertThat(jdbc.queryForObject("select count(*) from sso_link where user_id = ?", Long.class, id)).isOne();
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'account.ssoSignIn' and subject = ?",
                String.class, "user:" + id))
                .as("audited twice, under the account's address: the session holds the account's principal")
                .containsExactly(email, email);
    }

    @Test
    void aVerifiedAddressSignsInAsTheExistingAccountWithItsRoles() throws Exception {
        UserAccount admin = accounts.user("sso-flow-admin", null, Role.ADMIN);
        Browser browser = Browser.open();
        assertThat(browser.get(portal("/actuator/prometheus")).statusCode()).as("anonymous").isIn(302, 401, 403);

        assertThat(signIn(browser, UUID.randomUUID().toString(), admin.getEmail(), true))
                .as("back where the person was sent to sign in").startsWith(portal("/actuator/prometheus"));

        assertThat(browser.get(portal("/actuator/prometheus")).statusCode())
                .as("the session carries the account's administrator role").isEqualTo(200);
    }

    @Test
    void anUnverifiedAddressOfAnExistingAccountIsSentBackWithTheReason() throws Exception {
        UserAccount admin = accounts.user("sso-flow-unverified", null, Role.ADMIN);
        Browser browser = Browser.open();

        assertThat(signIn(browser, UUID.randomUUID().toString(), admin.getEmail(), false))
                .isEqualTo(portal("/login?sso=unverified"));

        assertThat(browser.get(portal("/actuator/prometheus")).statusCode()).as("not signed in").isNotEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from sso_link where user_id = ?", Long.class, admin.getId())).isZero();
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        UserAccount user = accounts.user("sso-flow-disabled", null, Role.APPLICANT);
        jdbc.update("update user_account set disabled = ? where id = ?", true, user.getId());

        assertThat(signIn(Browser.open(), UUID.randomUUID().toString(), user.getEmail(), true))
                .isEqualTo(portal("/login?sso=disabled"));
    }

    @Test
    void theLoginViewOffersTheConfiguredProviderAndExplainsARefusal() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("it.convergo.account.ui"), context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("login");
        Anchor button = _get(Anchor.class, s -> s.withId("sso-" + ISSUER));
        assertThat(button.getText()).isEqualTo(translations.get("login.sso.button", Locale.ENGLISH, "Università di Prova"));
        assertThat(button.getHref()).isEqualTo("oauth2/authorization/" + ISSUER);
        assertThat(button.isRouterIgnore()).as("the security filter answers it, not Vaadin's router").isTrue();
        assertThat(_find(Div.class, s -> s.withId("sso-error"))).as("no error shown").isEmpty();

        UI.getCurrent().navigate("login", QueryParameters.of("sso", "unverified"));
        Div error = _get(Div.class, s -> s.withId("sso-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(translations.get("login.sso.error.unverified", Locale.ENGLISH));

        UI.getCurrent().navigate("login", QueryParameters.of("sso", "<script>"));
        assertThat(_get(Div.class, s -> s.withId("sso-error")).getText())
                .isEqualTo(translations.get("login.sso.error.failed", Locale.ENGLISH));
        assertThat(_find(Anchor.class, s -> s.withClasses("cv-sso-button"))).hasSize(1);
    }
}
