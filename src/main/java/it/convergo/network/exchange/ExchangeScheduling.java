package it.convergo.network.exchange;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the exchange's daily expiry ({@link ExpiredPosts}); the portal's other timers are the workflow engine's. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExchangeScheduling {
}
