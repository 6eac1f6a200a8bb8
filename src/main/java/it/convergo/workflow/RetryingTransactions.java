package it.convergo.workflow;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command in its own transaction and runs it again, whole, when it lost a race: an optimistic-locking
 * conflict (the workflow's or the domain's), a deadlock, a lock wait timeout, or a duplicate key a parallel
 * twin inserted first. Parallel panel members completing their branches together is the normal case, so
 * the user never sees these; the command must be idempotent so the retry finds what the winner did.
 * Called inside an existing transaction it runs once and leaves retrying to the transaction's owner.
 */
@Component
public class RetryingTransactions {

    private static final Logger log = LoggerFactory.getLogger(RetryingTransactions.class);
    static final int ATTEMPTS = 12;
    /** MySQL/MariaDB: deadlock, lock wait timeout, duplicate key. */
    private static final Set<Integer> MYSQL_CODES = Set.of(1213, 1205, 1062);
    /** SQL standard serialization failure / deadlock; H2: lock timeout, unique violation, concurrent update. */
    private static final Set<String> SQL_STATES = Set.of("40001", "HYT00", "23505", "90131");

    private final TransactionTemplate template;
    private final TransactionTemplate separate;

    RetryingTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T run(Supplier<T> command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return command.get();
        }
        return retry(template, command);
    }

    public void run(Runnable command) {
        run(() -> {
            command.run();
            return null;
        });
    }

    /**
     * Runs the command in a transaction of its own (retried) once the current transaction has committed, so it
     * sees what that transaction and every one before it wrote; right away when no transaction is active. A
     * failure is logged, never passed to the caller whose work is already committed.
     */
    public void afterCommit(Runnable command) {
        Runnable guarded = () -> {
            try {
                retry(separate, () -> {
                    command.run();
                    return null;
                });
            } catch (RuntimeException e) {
                log.warn("follow-up work after commit failed; the start-up reconciliation will retry it", e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    guarded.run();
                }
            });
        } else {
            guarded.run();
        }
    }

    private static <T> T retry(TransactionTemplate template, Supplier<T> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> command.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
                log.debug("attempt {} lost a race, retrying: {}", attempt, e.toString());
                pause(attempt);
            }
        }
    }

    /** Whether the failure is a conflict with a concurrent transaction (anywhere in the cause chain). */
    static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlowableOptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof org.hibernate.StaleStateException || t instanceof SQLTransactionRollbackException
                    || t instanceof org.springframework.dao.DuplicateKeyException) {
                return true;
            }
            if (t instanceof SQLException sql && (MYSQL_CODES.contains(sql.getErrorCode())
                    || SQL_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Random back-off that grows with the attempts, so the racers do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
