package it.convergo.api;

import it.convergo.account.AccountPrincipals;
import it.convergo.audit.AuditLog;
import it.convergo.base.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API's own security chain, ahead of the portal's: stateless (no session, no cookie, no CSRF, which guards
 * cookie sessions only), authenticated by bearer token, answering refusals as problem details instead of the
 * login page. The API description under {@code /api/docs} stays with the portal's chain: signed-in users only.
 */
@Configuration
class ApiSecurityConfig {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, AccountPrincipals principals,
                                               AuditLog audit, PlatformTransactionManager transactions,
                                               SecurityContextHolderStrategy contexts, ApiProblems problems, Clock clock,
                                               @Value("${convergo.api.calls-per-minute:120}") int callsPerMinute)
            throws Exception {
        http.securityMatcher(new AndRequestMatcher(PATHS.matcher("/api/**"), new NegatedRequestMatcher(docs())));
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/challenges"),
                        PATHS.matcher(HttpMethod.GET, "/api/challenges/*")).permitAll()
                .anyRequest().authenticated());
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(c -> c.disable());
        http.logout(l -> l.disable());
        http.exceptionHandling(e -> e
                .authenticationEntryPoint((request, response, ex) ->
                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.error.unauthenticated"))
                .accessDeniedHandler((request, response, ex) ->
                        problems.write(request, response, HttpStatus.FORBIDDEN, "api.error.forbidden")));
        RateLimiter limiter = new RateLimiter(callsPerMinute, Duration.ofMinutes(1), clock);
        http.addFilterBefore(new ApiTokenFilter(tokens, principals, audit, new TransactionTemplate(transactions),
                limiter, contexts, problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The API description (springdoc's JSON and page) is for people signed in to the portal: read from their
     * session, and anyone else is sent to the login page. Its own chain, because the portal's admits only views.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(docs());
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated());
        http.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        http.requestCache(c -> c.disable());
        return http.build();
    }

    private static RequestMatcher docs() {
        return new OrRequestMatcher(PATHS.matcher("/api/docs"), PATHS.matcher("/api/docs/**"),
                PATHS.matcher("/api/swagger-ui/**"));
    }
}
