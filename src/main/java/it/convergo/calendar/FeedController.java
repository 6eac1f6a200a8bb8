package it.convergo.calendar;

import it.convergo.base.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed address calendar clients read, without signing in: the secret in the path is the only key. An
 * unknown or revoked secret answers 404 with no body; too many requests from one client answer 429.
 */
@RestController
class FeedController {

    static final String PREFIX = "calendar/";
    static final String SUFFIX = ".ics";
    /** Clients poll every hour or so; this leaves room for several calendars behind one address. */
    static final int REQUESTS_PER_MINUTE = 30;

    private final FeedCalendar calendar;
    private final RateLimiter limiter;

    FeedController(FeedCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.limiter = new RateLimiter(REQUESTS_PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    @GetMapping("/" + PREFIX + "{secret}" + SUFFIX)
    ResponseEntity<byte[]> feed(@PathVariable String secret, HttpServletRequest request) {
        if (!limiter.tryAcquire(String.valueOf(request.getRemoteAddr()))) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").build();
        }
        Optional<byte[]> ics = calendar.forSecret(secret);
        return ics.map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(IcsCalendar.CONTENT_TYPE))
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header("Content-Disposition", "inline; filename=\"convergo.ics\"")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
