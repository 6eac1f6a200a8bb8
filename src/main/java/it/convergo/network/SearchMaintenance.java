package it.convergo.network;

import it.convergo.audit.AuditLog;
import it.convergo.base.search.SearchIndex;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' view of the search index: its size, the last rebuild, and a rebuild that runs aside. */
@Service
public class SearchMaintenance {

    private final SearchIndex index;
    private final AuditLog audit;

    SearchMaintenance(SearchIndex index, AuditLog audit) {
        this.index = index;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long documents() {
        return index.documents();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<SearchIndex.Rebuild> lastRebuild() {
        return index.lastRebuild();
    }

    /** Starts a rebuild in the background; false when one is already running (nothing is started twice). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean rebuild() {
        boolean started = index.rebuild();
        if (started) {
            audit.record("search.rebuildStarted", "search-index", null);
        }
        return started;
    }
}
