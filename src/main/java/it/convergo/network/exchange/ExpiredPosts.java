package it.convergo.network.exchange;

import it.convergo.base.BaseUrl;
import it.convergo.account.Recipient;
import it.convergo.audit.AuditLog;
import it.convergo.notification.MailService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, writes down that posts past their expiry are expired and tells their owners (the board has left
 * them out since the date passed). Safe on several nodes: each post is marked by a conditional UPDATE in its own
 * transaction, and only the node whose UPDATE changed the row sends the mail.
 */
@Component
class ExpiredPosts {

    private static final int BATCH = 200;

    private final ExchangePostRepository posts;
    private final Cards cards;
    private final MailService mail;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    ExpiredPosts(ExchangePostRepository posts, Cards cards, MailService mail, AuditLog audit,
                 TransactionTemplate transactions, Clock clock, @Value("${convergo.base-url}") String baseUrl) {
        this.posts = posts;
        this.cards = cards;
        this.mail = mail;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    @Scheduled(cron = "${convergo.exchange.expiry-cron:0 20 6 * * *}", zone = "Europe/Rome")
    void daily() {
        expire();
    }

    /** Marks every post past its expiry; returns how many this call marked (another node's are not counted). */
    int expire() {
        Instant now = clock.instant();
        int marked = 0;
        List<Long> due = posts.pastExpiry(now, PageRequest.of(0, BATCH));
        while (!due.isEmpty()) {
            for (long id : due) {
                Boolean done = transactions.execute(s -> expireOne(id, now));
                marked += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            due = posts.pastExpiry(now, PageRequest.of(0, BATCH));
        }
        return marked;
    }

    private boolean expireOne(long id, Instant now) {
        if (posts.markExpired(id, now) == 0) {
            return false;
        }
        ExchangePost post = posts.findById(id).orElseThrow();
        for (Recipient r : cards.recipients(post.authorUserId, post.organisationId)) {
            mail.send(r.email(), r.locale(), "exchange.expired", r.fullName(), post.title, baseUrl + "/network/exchange/mine");
        }
        audit.record("exchange.expired", MyPosts.subject(post), null);
        return true;
    }
}
