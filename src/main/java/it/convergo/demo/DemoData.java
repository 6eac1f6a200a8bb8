package it.convergo.demo;

import it.convergo.account.DemoAccounts;
import it.convergo.proposal.DemoProposals;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fills an empty database with a living demo on first start, feature by feature. */
@Component
@ConditionalOnProperty(name = "convergo.demo-data", havingValue = "true")
class DemoData {

    private final DemoAccounts accounts;
    private final DemoProposals proposals;

    DemoData(DemoAccounts accounts, DemoProposals proposals) {
        this.accounts = accounts;
        this.proposals = proposals;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        accounts.createIfEmpty();
        // after the challenges: proposals to the open demo challenges
        proposals.createIfEmpty();
    }
}
