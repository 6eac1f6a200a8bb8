package it.convergo.evaluation.results;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link RetentionJob#daily()}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule {
}
