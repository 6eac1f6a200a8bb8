package it.convergo.base.startup;

import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the beans that touch the schema (Flyway and the workflow engine) depend on {@link StartupLock}, so
 * they are created only once this node holds the lock. Matched by bean name, because the base package must
 * not know the workflow engine's classes; {@code StartupOrderingTest} fails if a name stops matching.
 */
@Component
class StartupOrdering implements BeanFactoryPostProcessor {

    static final Set<String> SCHEMA_BEANS = Set.of("flyway", "flywayInitializer", "springProcessEngineConfiguration",
            "processEngine");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        for (String name : SCHEMA_BEANS) {
            if (factory.containsBeanDefinition(name)) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                String[] current = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                if (!Arrays.asList(current).contains("startupLock")) {
                    String[] next = Arrays.copyOf(current, current.length + 1);
                    next[current.length] = "startupLock";
                    definition.setDependsOn(next);
                }
            }
        }
    }
}
