package it.convergo.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduler once for the whole portal: the features' {@code @Scheduled} jobs (expired posts,
 * retention, webhook retries, the duplicate fingerprints' sweep) each make themselves safe on several nodes; lifecycle timers are the workflow
 * engine's.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
