package it.convergo.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status)
              and (:search = '' or lower(m.recipient) like :search or lower(m.subject) like :search)
            """)
    List<OutboxMessage> search(@Param("search") String search, @Param("status") OutboxMessage.Status status,
                               Pageable pageable);

    @Query("""
            select count(m) from OutboxMessage m
            where (:status is null or m.status = :status)
              and (:search = '' or lower(m.recipient) like :search or lower(m.subject) like :search)
            """)
    long countSearch(@Param("search") String search, @Param("status") OutboxMessage.Status status);

    List<OutboxMessage> findTop50ByStatusOrderByIdAsc(OutboxMessage.Status status);

    List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);

    long countByStatus(OutboxMessage.Status status);
}
