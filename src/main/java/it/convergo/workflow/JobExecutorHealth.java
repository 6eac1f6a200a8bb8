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
 * executor is meant to run but does not is reported DOWN, so the load balancer and the operator notice. Failed
 * jobs are a figure of the whole database, not of this node: they are a gauge below, not part of the probe
 * (which runs every few seconds and shows no details). Also the backlog gauges: jobs due now, timers waiting.
 */
@Component("jobExecutor")
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngineConfiguration engine;
    private final boolean meantToRun;

    JobExecutorHealth(ProcessEngineConfiguration engine, ManagementService management, MeterRegistry meters,
                      @Value("${flowable.async-executor-activate:true}") boolean meantToRun) {
        this.engine = engine;
        this.meantToRun = meantToRun;
        Gauge.builder("convergo.jobs.due", management, m -> m.createJobQuery().count())
                .description("Workflow jobs due now and not yet run (the job executor's backlog)").register(meters);
        Gauge.builder("convergo.jobs.timers", management, m -> m.createTimerJobQuery().count())
                .description("Workflow timers waiting for their moment").register(meters);
        Gauge.builder("convergo.jobs.failed", management, m -> m.createDeadLetterJobQuery().count())
                .description("Workflow jobs that failed all their retries and wait for an operator").register(meters);
    }

    @Override
    public Health health() {
        AsyncExecutor executor = engine.getAsyncExecutor();
        boolean running = executor != null && executor.isActive();
        return (meantToRun && !running ? Health.down() : Health.up()).withDetail("running", running).build();
    }
}
