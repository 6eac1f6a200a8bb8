package it.convergo.audit;

import it.convergo.base.SearchText;
import it.convergo.base.Table;
import it.convergo.base.i18n.Translations;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only: entries are written in the caller's transaction and never changed, except that an erased
 * person's address and name become their alias ({@link AuditPersonalData}).
 */
@Service
public class AuditLog {

    private final AuditRepository events;
    private final Clock clock;
    private final Translations translations;

    AuditLog(AuditRepository events, Clock clock, Translations translations) {
        this.events = events;
        this.clock = clock;
        this.translations = translations;
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

    /** The entries the search finds, newest first (at most {@link #EXPORT_ROWS}), as a table to download. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Table table(String search, Locale locale) {
        List<List<Object>> rows = events.search(SearchText.like(search), PageRequest.of(0, EXPORT_ROWS, Sort.by(Sort.Direction.DESC, "id")))
                .stream().map(e -> java.util.Arrays.<Object>asList(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubject(),
                        e.getDetails())).toList();
        return new Table(translations.get("admin.audit.title", locale), List.of(translations.get("admin.audit.when", locale),
                translations.get("admin.audit.who", locale), translations.get("admin.audit.action", locale),
                translations.get("admin.audit.subject", locale), translations.get("admin.audit.details", locale)), rows);
    }

    /** The most rows an export of the log holds. */
    public static final int EXPORT_ROWS = 100_000;

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String search) {
        return events.countSearch(SearchText.like(search));
    }

}
