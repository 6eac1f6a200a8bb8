package it.convergo.notification;

import it.convergo.base.SearchText;
import it.convergo.base.i18n.Translations;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every e-mail to the outbox in the caller's transaction, so a mail exists exactly when the thing
 * it announces was saved. After commit it is handed to SMTP when a server is configured; otherwise it
 * stays in the outbox (status KEPT), readable by admins.
 */
@Service
public class MailService {

    private final OutboxRepository outbox;
    private final Translations translations;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final OutboxSender sender;
    private final Clock clock;
    private final String smtpHost;

    MailService(OutboxRepository outbox, Translations translations, ObjectProvider<JavaMailSender> mailSender,
                OutboxSender sender, Clock clock, @Value("${spring.mail.host:}") String smtpHost) {
        this.outbox = outbox;
        this.translations = translations;
        this.mailSender = mailSender;
        this.sender = sender;
        this.clock = clock;
        this.smtpHost = smtpHost;
    }

    /**
     * Queues the template {@code mail.<template>.subject/body} in the recipient's language.
     * Parameters fill {0}, {1}, … in both subject and body.
     */
    @Transactional
    public void send(String recipient, Locale locale, String template, Object... params) {
        queue(recipient, locale, template, null, params);
    }

    /** Like {@link #send}, with a file attached (e.g. a calendar invitation). */
    @Transactional
    public void sendWithAttachment(String recipient, Locale locale, String template, MailAttachment attachment,
                                   Object... params) {
        queue(recipient, locale, template, attachment, params);
    }

    private void queue(String recipient, Locale locale, String template, MailAttachment attachment, Object... params) {
        String subject = translations.get("mail." + template + ".subject", locale, params);
        String body = translations.get("mail." + template + ".body", locale, params)
                + "\n\n" + translations.get("mail.signature", locale);
        boolean smtp = smtpConfigured();
        OutboxMessage draft = new OutboxMessage(recipient, subject, body,
                smtp ? OutboxMessage.Status.PENDING : OutboxMessage.Status.KEPT, clock.instant());
        if (attachment != null) {
            draft.attach(attachment);
        }
        OutboxMessage message = outbox.save(draft);
        if (smtp) {
            Long id = message.getId();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        sender.deliver(id);
                    }
                });
            } else {
                sender.deliver(id);
            }
        }
    }

    boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank() && mailSender.getIfAvailable() != null;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxMessage> outbox(String search, OutboxMessage.Status status, Pageable pageable) {
        return outbox.search(SearchText.like(search), status, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countOutbox(String search, OutboxMessage.Status status) {
        return outbox.countSearch(SearchText.like(search), status);
    }

    /** Retries a failed message; admins use it after fixing the SMTP settings. */
    @PreAuthorize("hasRole('ADMIN')")
    public void retry(long id) {
        sender.deliver(id);
    }

    /** For tests and the admin's "what did this person receive" look-up. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> sentTo(String recipient) {
        return outbox.findByRecipientOrderByIdDesc(recipient);
    }

}
