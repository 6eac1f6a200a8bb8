package it.convergo.base.startup;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.support.SpringTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/** Every schema bean waits for the start-up lock: a renamed bean would silently escape it. */
class StartupOrderingTest extends SpringTest {

    @Autowired
    ConfigurableListableBeanFactory factory;

    @Test
    void flywayAndTheWorkflowEngineWaitForTheStartupLock() {
        for (String name : StartupOrdering.SCHEMA_BEANS) {
            assertThat(factory.containsBeanDefinition(name)).as("bean %s exists", name).isTrue();
            assertThat(Arrays.asList(factory.getBeanDefinition(name).getDependsOn())).as(name).contains("startupLock");
        }
    }
}
