package it.convergo.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    /**
     * Takes the next attempt of a due delivery for this node: moves its next attempt to the end of the lease, so
     * no other node's pass sees it due while this one sends. 1 when taken, 0 when another node was first or the
     * delivery is no longer due. A node that dies while sending leaves it due again when the lease ends.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update WebhookDelivery d set d.nextAttemptAt = :leaseEnd, d.attempts = d.attempts + 1
            where d.id = :id and d.status = it.convergo.webhook.DeliveryStatus.PENDING and d.nextAttemptAt <= :now
            """)
    int claim(long id, Instant now, Instant leaseEnd);

    @Query("""
            select d.id from WebhookDelivery d
            where d.status = it.convergo.webhook.DeliveryStatus.PENDING and d.nextAttemptAt <= :now
            order by d.nextAttemptAt, d.id
            """)
    List<Long> due(Instant now, Pageable pageable);

    boolean existsByEndpointIdAndEventKey(long endpointId, String eventKey);

    Optional<WebhookDelivery> findByIdAndEndpointId(long id, long endpointId);

    long countByStatus(DeliveryStatus status);
}
