package it.convergo.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.AccountFixtures;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (Vaadin's pages are forwarded to its servlet, which MockMvc does not run): the security
 * headers on Vaadin pages and static files, the session cookie's attributes, and a sign-in that works with
 * the CSRF token the login page carries and fails without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String cookie, String user, String password, String csrf)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<?> response, String what) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "img-src 'self' data: blob:", "frame-ancestors 'none'",
                        "object-src 'none'", "form-action 'self'")
                .doesNotContain("*", "http:", "https:"));
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p ->
                assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).isPresent();
    }

    @Test
    void pagesAndFilesCarryTheSecurityHeadersAndTheSessionCookieIsLaxAndHttpOnly() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login, "/login");
        assertSecurityHeaders(get("/challenges", null), "/challenges");
        assertSecurityHeaders(get("/styles/convergo.css", null), "stylesheet");

        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void theLoginFormSignsInWithItsCsrfTokenAndNotWithout() throws Exception {
        UserAccount user = fixtures.user("http-login", null, Role.APPLICANT);
        HttpResponse<String> page = get("/login", null);
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries the CSRF token for Vaadin's login form").isTrue();

        HttpResponse<String> forged = postLogin(session, user.getEmail(), AccountFixtures.PASSWORD, null);
        // refused (403), which the container turns into the sign-in page; a sign-in would renew the session id
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("/login")).as("no token, no sign-in").endsWith("/login");
        assertThat(forged.headers().firstValue("Set-Cookie")).as("session not renewed: nobody signed in").isEmpty();

        HttpResponse<String> real = postLogin(session, user.getEmail(), AccountFixtures.PASSWORD, token.group(1));
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(real.headers().firstValue("Set-Cookie")).as("a new session id after sign-in").isPresent();
    }
}
