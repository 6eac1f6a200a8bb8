package it.convergo.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: the operators' endpoints. Metrics only with the scrape token (or as an administrator), with
 * the portal's own figures in them; health probes public and without details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "convergo.metrics-token=scrape-token-for-tests")
class MetricsEndpointTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsNeedTheScrapeToken() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/prometheus", "Bearer wrong-token").statusCode()).isNotEqualTo(200);
        HttpResponse<String> scrape = get("/actuator/prometheus", "Bearer scrape-token-for-tests");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("convergo_jobs_due", "convergo_jobs_timers", "convergo_jobs_failed",
                "convergo_mail_waiting", "convergo_proposals_submitted_total", "hikaricp_connections_active",
                "http_server_requests");
    }

    @Test
    void healthProbesArePublicAndSayNoMore() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("failedJobs");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env", null).statusCode()).isNotEqualTo(200);
    }
}
