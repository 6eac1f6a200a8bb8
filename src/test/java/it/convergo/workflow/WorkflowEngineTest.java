package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.support.SpringTest;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Flowable runs on the portal's database (H2 or MySQL) with its own tables, and no job executor in tests. */
class WorkflowEngineTest extends SpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;

    @Test
    void engineCreatedItsTablesInThePortalDatabase() {
        Map<String, Long> tables = management.getTableCount();
        assertThat(tables.keySet().stream().map(String::toUpperCase))
                .contains("ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RU_TIMER_JOB", "ACT_HI_PROCINST", "ACT_RE_PROCDEF");
    }

    @Test
    void asyncExecutorIsOffSoTestsFireTimersByHand() {
        assertThat(engine.getProcessEngineConfiguration().isAsyncExecutorActivate()).isFalse();
    }
}
