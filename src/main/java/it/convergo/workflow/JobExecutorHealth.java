package it.convergo.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The job executor runs every timer (opening, closing, deadlines) and every asynchronous step: a node whose
 * executor is meant to run but does not, or a backlog of failed jobs, is reported DOWN so the load balancer
 * and the operator notice. Also the backlog gauges: jobs due now, timers waiting, jobs that failed for good.
 */
@Component("jobExecutor")
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngineConfiguration engine;
    private final ManagementService management;
    private final boolean meantToRun;

    JobExecutorHealth(ProcessEngineConfiguration engine, ManagementService management, MeterRegistry meters,
                      @Value("${flowable.async-executor-activate:true}") boolean meantToRun) {
        this.engine = engine;
        this.management = management;
        this.meantToRun = meantToRun;
        Gauge.builder("convergo.jobs.due", this, h -> h.management.createJobQuery().count())
                .description("Workflow jobs due now and not yet run (the job executor's backlog)").register(meters);
        Gauge.builder("convergo.jobs.timers", this, h -> h.management.createTimerJobQuery().count())
                .description("Workflow timers waiting for their moment").register(meters);
        Gauge.builder("convergo.jobs.failed", this, h -> h.management.createDeadLetterJobQuery().count())
                .description("Workflow jobs that failed all their retries and wait for an operator").register(meters);
    }

    @Override
    public Health health() {
        AsyncExecutor executor = engine.getAsyncExecutor();
        boolean running = executor != null && executor.isActive();
        long failed = management.createDeadLetterJobQuery().count();
        Health.Builder health = meantToRun && !running ? Health.down() : Health.up();
        return health.withDetail("running", running).withDetail("failedJobs", failed).build();
    }
}
