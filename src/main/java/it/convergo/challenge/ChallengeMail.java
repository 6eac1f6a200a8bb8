package it.convergo.challenge;

import it.convergo.base.BaseUrl;
import it.convergo.account.AccountService;
import it.convergo.account.Recipient;
import it.convergo.base.Times;
import it.convergo.notification.MailService;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The e-mails a challenge sends to its followers and askers, each in the reader's language, with its link. */
@Component
class ChallengeMail {

    private final FollowerRepository followers;
    private final AccountService accounts;
    private final MailService mail;
    private final String baseUrl;

    ChallengeMail(FollowerRepository followers, AccountService accounts, MailService mail,
                  @Value("${convergo.base-url}") String baseUrl) {
        this.followers = followers;
        this.accounts = accounts;
        this.mail = mail;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /** Tells the followers that the closing time moved. */
    void deadlineMoved(Challenge c, Instant previous, Instant closes) {
        for (Recipient who : accounts.recipients(followers.userIds(c.getId()))) {
            mail.send(who.email(), who.locale(), "challengeDeadline", c.title, Times.format(previous, who.locale()),
                    Times.format(closes, who.locale()), link(c));
        }
    }

    /** Sends an answer to the asker, and to the followers too when it joins the FAQ (the asker stays unnamed). */
    void answered(Challenge c, Clarification q, boolean publicly) {
        Set<Long> recipients = new HashSet<>(Set.of(q.askedBy));
        if (publicly) {
            recipients.addAll(followers.userIds(c.getId()));
        }
        for (Recipient who : accounts.recipients(recipients)) {
            mail.send(who.email(), who.locale(), publicly ? "challengeFaq" : "challengePrivateAnswer", c.title, q.question,
                    q.answer, link(c));
        }
    }

    private String link(Challenge c) {
        return baseUrl + "/challenges/" + c.slug;
    }
}
