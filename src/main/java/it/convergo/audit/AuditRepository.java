package it.convergo.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    String FILTER = """
            from AuditEvent e
            where (:search = '' or lower(e.actor) like :search or lower(e.action) like :search
                   or lower(e.subject) like :search or lower(e.details) like :search)
            """;

    @Query("select e " + FILTER)
    List<AuditEvent> search(@Param("search") String search, Pageable pageable);

    List<AuditEvent> findBySubjectInOrderByIdDesc(java.util.Collection<String> subjects, Pageable pageable);

    @Query("select count(e) " + FILTER)
    long countSearch(@Param("search") String search);
}
