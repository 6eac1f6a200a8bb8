package it.convergo.demo;

import it.convergo.account.DemoAccounts;
import it.convergo.challenge.DemoChallenges;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fills an empty database with a living demo on first start, feature by feature. */
@Component
@ConditionalOnProperty(name = "convergo.demo-data", havingValue = "true")
class DemoData {

    private final DemoAccounts accounts;
    private final DemoChallenges challenges;

    DemoData(DemoAccounts accounts, DemoChallenges challenges) {
        this.accounts = accounts;
        this.challenges = challenges;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (accounts.createIfEmpty()) {
            challenges.create();
        }
    }
}
