package it.convergo.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Hands one outbox message to SMTP and records the outcome; a failure never loses the message. */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;

    OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                 @Value("${convergo.mail-from}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deliver(long id) {
        OutboxMessage message = outbox.findById(id).orElseThrow();
        JavaMailSender smtp = mailSender.getIfAvailable();
        if (smtp == null || message.getStatus() == OutboxMessage.Status.SENT) {
            return;
        }
        try {
            if (message.getAttachment().isPresent()) {
                smtp.send(withAttachment(smtp, message, message.getAttachment().get()));
            } else {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(message.getRecipient());
                mail.setSubject(message.getSubject());
                mail.setText(message.getBody());
                smtp.send(mail);
            }
            message.markSent(clock.instant());
        } catch (MailException | MessagingException e) {
            log.warn("Mail {} to {} failed: {}", id, message.getRecipient(), e.getMessage());
            message.markFailed(e.getMessage());
        }
    }

    private MimeMessage withAttachment(JavaMailSender smtp, OutboxMessage message, MailAttachment file)
            throws MessagingException {
        MimeMessage mime = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody());
        helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        return mime;
    }
}
