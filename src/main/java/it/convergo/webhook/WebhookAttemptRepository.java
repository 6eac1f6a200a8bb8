package it.convergo.webhook;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebhookAttemptRepository extends JpaRepository<WebhookAttempt, Long> {

    /** An endpoint's delivery log, the attempt recorded last first, each with its delivery's state. */
    @Query("""
            select new it.convergo.webhook.AttemptRow(a.id, d.id, d.eventId, d.eventType, a.number, a.attemptedAt,
                   a.httpStatus, a.error, a.durationMs, d.status, d.nextAttemptAt,
                   case when d.status = it.convergo.webhook.DeliveryStatus.FAILED and a.number = d.attempts
                        then true else false end)
            from WebhookAttempt a join WebhookDelivery d on d.id = a.deliveryId
            where a.endpointId = :endpointId
            order by a.id desc
            """)
    List<AttemptRow> log(long endpointId, Pageable pageable);

    long countByEndpointId(long endpointId);

    List<WebhookAttempt> findByDeliveryIdOrderByIdAsc(long deliveryId);
}
