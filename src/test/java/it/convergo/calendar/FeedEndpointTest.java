package it.convergo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The feed over real HTTP, as a calendar client reads it: no session, the secret in the path; an unknown or
 * revoked secret is a bare 404, and a flood from one client is cut off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedEndpointTest {

    @LocalServerPort
    int port;
    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    FeedTokens tokens;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        SecurityContextHolder.clearContext();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theFeedIsServedWithoutASessionAndRefusedOnceRevoked() throws Exception {
        UserAccount manager = challenges.firmManager();
        challenges.signIn(manager);
        long draft = challenges.draft(ChallengeFixtures.unique("Endpoint dates"));
        String address = tokens.renew();
        String path = URI.create(address).getPath();
        challenges.signOut();

        HttpResponse<byte[]> feed = get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("text/calendar").contains("charset=utf-8"));
        assertThat(feed.headers().firstValue("Set-Cookie")).as("no session for a feed").isEmpty();
        assertThat(ParsedIcs.of(feed.body()).uids()).contains("challenge-" + draft + "-closes@localhost");

        HttpResponse<byte[]> unknown = get("/calendar/" + "A".repeat(43) + ".ics");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEmpty();
        assertThat(get("/calendar/not-a-secret.ics").statusCode()).isEqualTo(404);

        challenges.signIn(manager);
        tokens.revoke();
        challenges.signOut();
        HttpResponse<byte[]> revoked = get(path);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEmpty();

        int status = 0;
        for (int i = 0; i <= FeedController.REQUESTS_PER_MINUTE && status != 429; i++) {
            status = get(path).statusCode();
        }
        assertThat(status).as("one client's flood is cut off").isEqualTo(429);
    }
}
