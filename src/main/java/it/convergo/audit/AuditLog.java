package it.convergo.audit;

import it.convergo.base.SearchText;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Append-only: entries are written in the caller's transaction and never changed. */
@Service
public class AuditLog {

    private final AuditRepository events;
    private final Clock clock;

    AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or "system" when nobody is signed in, e.g. timers). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, String details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
        events.save(new AuditEvent(clock.instant(), actor, action, subject, details));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(String search, Pageable pageable) {
        Pageable newestFirst = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        return events.search(SearchText.like(search), newestFirst);
    }

    /**
     * The latest entries about the given subjects ("proposal:12", "challenge:3"), newest first. For features
     * that show their own part of the log; they check who may read it.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> about(java.util.Collection<String> subjects, int limit) {
        return subjects.isEmpty() ? List.of() : events.findBySubjectInOrderByIdDesc(subjects, PageRequest.of(0, limit));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String search) {
        return events.countSearch(SearchText.like(search));
    }

}
