package it.convergo.base.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The search index as a whole. Entities are indexed as they change, in the transaction that changes them; a
 * rebuild empties the index and reads every indexed table again in background threads (the portal keeps
 * answering; searches miss what is not re-read yet). At start-up an empty index is filled the same way (a new install on an
 * existing database, or a lost index directory).
 */
@Service
public class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    /** What the last rebuild did; {@code finishedAt} null while it runs. */
    public record Rebuild(Instant startedAt, Instant finishedAt, boolean failed) {
        public boolean running() {
            return finishedAt == null;
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final boolean fillWhenEmpty;
    private final AtomicReference<Rebuild> last = new AtomicReference<>();

    SearchIndex(EntityManagerFactory entityManagerFactory,
                @Value("${convergo.search.fill-empty-index-on-start:true}") boolean fillWhenEmpty) {
        this.entityManagerFactory = entityManagerFactory;
        this.fillWhenEmpty = fillWhenEmpty;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillIfEmpty() {
        if (fillWhenEmpty && documents() == 0) {
            LOG.info("The search index is empty: rebuilding it in the background");
            rebuild();
        }
    }

    /**
     * Starts a rebuild unless one is running; returns at once. Callers check who may ask (administrators) and
     * audit it.
     *
     * @return false when a rebuild was already running
     */
    public boolean rebuild() {
        Rebuild current = last.get();
        Rebuild started = new Rebuild(Instant.now(), null, false);
        if ((current != null && current.running()) || !last.compareAndSet(current, started)) {
            return false;
        }
        // Purged first: without it the indexer adds documents blindly, and an entity saved while the rebuild reads
        // would be found twice. Searches miss what is not re-read yet, for the minutes a rebuild takes.
        mapping().scope(Object.class).massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(100)
                .start()
                .whenComplete((done, error) -> {
                    if (error != null) {
                        LOG.error("Search index rebuild failed", error);
                    } else {
                        LOG.info("Search index rebuilt");
                    }
                    last.set(new Rebuild(started.startedAt(), Instant.now(), error != null));
                });
        return true;
    }

    /** Rebuilds and waits: for benchmarks and tools that fill tables without going through the entities. */
    public void rebuildAndWait() throws InterruptedException {
        mapping().scope(Object.class).massIndexer().purgeAllOnStart(true).startAndWait();
    }

    public java.util.Optional<Rebuild> lastRebuild() {
        return java.util.Optional.ofNullable(last.get());
    }

    /** How many documents the index holds, over every indexed type. */
    public long documents() {
        try (var session = entityManagerFactory.createEntityManager()) {
            return Search.session(session).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
