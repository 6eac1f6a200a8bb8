package it.convergo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit log: who did what to which thing, and when. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = 254, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(length = 120, updatable = false)
    private String subject;

    @Column(length = 1000, updatable = false)
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String subject, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }
}
