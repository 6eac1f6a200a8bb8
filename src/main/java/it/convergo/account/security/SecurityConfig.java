package it.convergo.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import it.convergo.account.CredentialStamps;
import it.convergo.account.SingleSignOn;
import it.convergo.account.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * What a page may load: only this portal's own scripts, styles, images and connections. Vaadin's client
     * needs inline styles and scripts and {@code eval} (executeJs runs through {@code new Function}); images
     * from elsewhere (tracking pixels in a challenge description) are blocked; no page may frame the portal.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, CredentialStamps stamps,
                                            SecurityContextHolderStrategy contexts, SsoProviders providers,
                                            SingleSignOn singleSignOn,
                                            @Value("${convergo.metrics-token:}") String metricsToken) throws Exception {
        // Static theme files, the operators' health probe and calendar feeds are public; metrics need a token or an
        // administrator; everything else is Vaadin's.
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // calendar feeds: the secret in the address is the key (calendar clients cannot sign in)
                .requestMatchers("/calendar/*.ics").permitAll()
                .requestMatchers("/actuator/prometheus").access(new MetricsAccess(metricsToken)));
        // Vaadin's own requests carry Vaadin's CSRF token; everything else, the login form's POST included
        // (which Vaadin's default would exempt), needs Spring's. Vaadin's login form sends it.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .frameOptions(f -> f.deny())
                // Vaadin's pages are forwarded to its servlet, which commits the response outside Spring's
                // wrapper: headers written late would be lost, so write them before the request goes on
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .enableCsrfConfiguration(false));
        if (providers.any()) {
            // single sign-on next to the password: same sign-in page (a provider would otherwise become the
            // entry point), the provider's user turned into the account's principal, refusals explained there
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .userInfoEndpoint(u -> u.oidcUserService(new SsoUserService(singleSignOn)))
                    .successHandler(new SsoSuccessHandler(singleSignOn, contexts))
                    .failureHandler(new SsoFailureHandler()));
        }
        http.addFilterAfter(new StaleSessionFilter(stamps, contexts), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** bcrypt today, with the algorithm id stored in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
