package it.convergo.workflow;

import org.flowable.engine.ManagementService;
import org.springframework.stereotype.Service;

/**
 * Workflow jobs (timers, asynchronous steps) that failed all their retries and wait for an operator: a figure
 * of the whole database, for the admin's overview. docs/operations.md tells how to look at them and retry.
 */
@Service
public class FailedJobs {

    private final ManagementService management;

    FailedJobs(ManagementService management) {
        this.management = management;
    }

    public long count() {
        return management.createDeadLetterJobQuery().count();
    }
}
