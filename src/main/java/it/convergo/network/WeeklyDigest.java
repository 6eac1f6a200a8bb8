package it.convergo.network;

import it.convergo.account.AccountService;
import it.convergo.account.ConsentPurpose;
import it.convergo.account.Consents;
import it.convergo.account.Recipient;
import it.convergo.account.Role;
import it.convergo.base.BaseUrl;
import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.network.exchange.PostMatch;
import it.convergo.notification.MailService;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly e-mail of the live challenges, needs and offers that fit an organisation's network profile, to each of its members
 * who consented to it ({@link ConsentPurpose#WEEKLY_DIGEST}), with a one-click way out. Nothing is sent when nothing
 * fits. Each person gets it once a week: the row in {@code network_digest} is claimed in the same transaction as
 * the mail is queued, so a second node or a repeated run finds it taken and sends nothing.
 */
@Component
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    /** The challenges, and the needs and offers, a digest lists at most: the best fits, not a catalogue. */
    static final int SHOWN = 5;
    private static final int PAGE = 200;

    private final InnovatorProfileRepository profiles;
    private final Matchmaking matchmaking;
    private final AccountService accounts;
    private final Consents consents;
    private final MailService mail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Translations translations;
    private final String baseUrl;

    WeeklyDigest(InnovatorProfileRepository profiles, Matchmaking matchmaking, AccountService accounts, Consents consents,
                 MailService mail, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                 Translations translations, @Value("${convergo.base-url}") String baseUrl) {
        this.profiles = profiles;
        this.matchmaking = matchmaking;
        this.accounts = accounts;
        this.consents = consents;
        this.mail = mail;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.translations = translations;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    @Scheduled(cron = "${convergo.digest.cron:0 0 8 * * MON}", zone = "Europe/Rome")
    public void scheduled() {
        int sent = run();
        log.info("Weekly digest: {} e-mails", sent);
    }

    /** Sends this week's digests not sent yet; how many it sent. */
    public int run() {
        Set<Long> consenting = consents.consenting(ConsentPurpose.WEEKLY_DIGEST);
        if (consenting.isEmpty()) {
            return 0;
        }
        LocalDate week = LocalDate.now(clock.withZone(Times.ROME)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        Page<InnovatorProfile> page = profiles.findAll(PageRequest.of(0, PAGE, Sort.by("id")));
        while (true) {
            for (InnovatorProfile profile : page) {
                List<Recipient> readers = accounts.membersOf(profile.organisationId, Role.APPLICANT).stream()
                        .filter(r -> consenting.contains(r.userId())).toList();
                if (readers.isEmpty()) {
                    continue;
                }
                List<ChallengeMatch> fits = matchmaking.challengesFor(profile.organisationId, SHOWN);
                List<PostMatch> posts = matchmaking.postsFor(profile.organisationId, SHOWN);
                if (fits.isEmpty() && posts.isEmpty()) {
                    continue; // an empty digest is noise
                }
                for (Recipient r : readers) {
                    if (send(r, week, list(fits, posts, r.locale()), fits.size() + posts.size())) {
                        sent++;
                    }
                }
            }
            if (!page.hasNext()) {
                return sent;
            }
            page = profiles.findAll(page.nextPageable());
        }
    }

    /** The challenges, then the needs and offers, each under its heading in the reader's language. */
    private String list(List<ChallengeMatch> fits, List<PostMatch> posts, java.util.Locale locale) {
        StringBuilder text = new StringBuilder();
        if (!fits.isEmpty()) {
            text.append(translations.get("network.digest.challenges", locale)).append('\n');
            fits.forEach(f -> text.append("- ").append(f.title()).append(": ").append(baseUrl).append("/challenges/")
                    .append(f.slug()).append('\n'));
        }
        if (!posts.isEmpty()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(translations.get("network.digest.posts", locale)).append('\n');
            posts.forEach(m -> text.append("- ").append(translations.get(m.post().kind().labelKey(), locale))
                    .append(" · ").append(m.post().title()).append(" (").append(m.post().organisationName())
                    .append("): ").append(baseUrl).append("/network/exchange/").append(m.post().id()).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    private boolean send(Recipient r, LocalDate week, String list, int count) {
        try {
            tx.executeWithoutResult(status -> {
                jdbc.update("insert into network_digest (user_id, week_start, sent_at) values (?, ?, ?)", ps -> {
                    ps.setLong(1, r.userId());
                    ps.setDate(2, Date.valueOf(week));
                    ps.setTimestamp(3, Timestamp.from(clock.instant()), Times.utcCalendar());
                });
                mail.send(r.email(), r.locale(), "network.digest", r.fullName(), count, list, baseUrl + "/network",
                        consents.unsubscribeLink(r.userId(), ConsentPurpose.WEEKLY_DIGEST));
            });
            return true;
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
    }
}
