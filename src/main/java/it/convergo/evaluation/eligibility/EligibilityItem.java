package it.convergo.evaluation.eligibility;

import java.time.Instant;

/** A proposal in the firm's eligibility check: pending (eligible null) or decided, with the reason. */
public record EligibilityItem(long proposalId, String title, String acronym, String organisationName,
                              Instant submittedAt, Boolean eligible, IneligibilityReason reason, String note) {

    public boolean pending() {
        return eligible == null;
    }
}
