package it.convergo.webhook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

    List<WebhookEndpoint> findByFirmIdOrderByIdAsc(long firmId);

    Optional<WebhookEndpoint> findByIdAndFirmId(long id, long firmId);

    long countByFirmId(long firmId);

    @Query("select e from WebhookEndpoint e where e.firmId = :firmId and e.active = true order by e.id")
    List<WebhookEndpoint> activeOf(long firmId);
}
