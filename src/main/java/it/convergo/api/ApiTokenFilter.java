package it.convergo.api;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.AccountPrincipals;
import it.convergo.audit.AuditLog;
import it.convergo.base.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token as the token owner's principal, the
 * same one form login gives, so every service applies its usual rules. A request without the header goes on
 * anonymously (the public catalogue); a bad, expired or revoked token, or an account that could no longer sign
 * in, is refused. Each token has its own rate limit; every authenticated call is audited; a read token may only
 * read. Not a bean, so that it runs in the API's security chain only.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AccountPrincipals principals;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final RateLimiter limiter;
    private final SecurityContextHolderStrategy contexts;
    private final ApiProblems problems;

    ApiTokenFilter(ApiTokens tokens, AccountPrincipals principals, AuditLog audit, TransactionTemplate transactions,
                   RateLimiter limiter, SecurityContextHolderStrategy contexts, ApiProblems problems) {
        this.tokens = tokens;
        this.principals = principals;
        this.audit = audit;
        this.transactions = transactions;
        this.limiter = limiter;
        this.contexts = contexts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiCaller> caller = tokens.authenticate(header.substring(BEARER.length()).strip());
        Optional<AccountPrincipal> principal = caller.flatMap(c -> principals.active(c.userId()));
        if (caller.isEmpty() || principal.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.error.token");
            return;
        }
        ApiCaller c = caller.get();
        if (!limiter.tryAcquire("api-token:" + c.tokenId())) {
            response.setHeader("Retry-After", "60");
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.error.rateLimit");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        contexts.setContext(context);
        transactions.executeWithoutResult(tx -> audit.record("api.call", "api-token:" + c.tokenId(),
                request.getMethod() + " " + request.getRequestURI()));
        if (!c.scope().allows(request.getMethod())) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "api.error.scope");
            return;
        }
        chain.doFilter(request, response);
    }
}
