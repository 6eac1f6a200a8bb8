package it.convergo.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** Every e-mail the portal writes, kept whether or not an SMTP server is configured. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status { PENDING, SENT, FAILED, KEPT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Lob
    private byte[] attachment;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, Status status, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.createdAt = createdAt;
    }

    void attach(MailAttachment file) {
        attachmentName = file.fileName();
        attachmentType = file.contentType();
        attachment = file.content();
    }

    /** The file sent with this message, if any. */
    public java.util.Optional<MailAttachment> getAttachment() {
        return attachment == null ? java.util.Optional.empty()
                : java.util.Optional.of(new MailAttachment(attachmentName, attachmentType, attachment));
    }

    void markSent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    void markFailed(String error) {
        attempts++;
        status = Status.FAILED;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
