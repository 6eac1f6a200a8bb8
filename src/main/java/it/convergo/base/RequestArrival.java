package it.convergo.base;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When the current HTTP request arrived, taken before anything can make it wait (the Vaadin session lock,
 * a busy connection pool): deadlines are judged by this instant, not by when a saturated server got round to
 * the request. Outside a request (tests, jobs, background threads) services take the clock at their entry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestArrival implements Filter {

    private static final ThreadLocal<Instant> ARRIVED = new ThreadLocal<>();

    private final Clock clock;

    RequestArrival(Clock clock) {
        this.clock = clock;
    }

    /** The arrival of the request this thread serves, or the clock's now when there is none. */
    public static Instant orNow(Clock clock) {
        Instant arrived = ARRIVED.get();
        return arrived != null ? arrived : clock.instant();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Instant outer = ARRIVED.get();
        if (outer == null) {
            ARRIVED.set(clock.instant());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                ARRIVED.remove();
            }
        }
    }
}
