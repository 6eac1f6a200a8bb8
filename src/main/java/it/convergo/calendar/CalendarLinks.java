package it.convergo.calendar;

import it.convergo.base.BaseUrl;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Addresses in calendars: links back to the portal and entry ids under the portal's host name (convergo.base-url). */
@Component
class CalendarLinks {

    private final String baseUrl;
    private final String host;

    CalendarLinks(@Value("${convergo.base-url}") String baseUrl) {
        this.baseUrl = BaseUrl.trimmed(baseUrl);
        String parsed = URI.create(this.baseUrl).getHost();
        this.host = parsed == null || parsed.isBlank() ? "convergo" : parsed;
    }

    /** A stable entry id: {@code challenge-12-closes@portal.example}. */
    String uid(String local) {
        return local + "@" + host;
    }

    /** The full address of a portal page, e.g. {@code challenges/my-challenge}. */
    String page(String path) {
        return baseUrl + "/" + path;
    }

    /** The secret address of a user's feed. */
    String feed(String secret) {
        return page(FeedController.PREFIX + secret + FeedController.SUFFIX);
    }
}
