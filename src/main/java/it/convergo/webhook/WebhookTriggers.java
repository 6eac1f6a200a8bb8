package it.convergo.webhook;

import it.convergo.challenge.ChallengePublished;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.proposal.ProposalSubmitted;
import it.convergo.workflow.ChallengeClock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the domain events a firm can subscribe to into deliveries, synchronously in the transaction of the
 * cause. Payloads name the challenge and, for a submission, only the proposal's id and version: never who
 * applied (the firm learns that when the challenge closes, and never on a blind one) and never its content.
 */
@Component
class WebhookTriggers {

    private final WebhookOutbox outbox;
    private final Challenges challenges;
    private final String baseUrl;

    WebhookTriggers(WebhookOutbox outbox, Challenges challenges, @Value("${convergo.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.challenges = challenges;
        this.baseUrl = baseUrl;
    }

    @EventListener
    @Transactional
    public void on(ChallengePublished published) {
        announce(published.challengeId(), WebhookEvent.CHALLENGE_PUBLISHED, Map.of());
    }

    @EventListener
    @Transactional
    public void on(ChallengeClock tick) {
        switch (tick.moment()) {
            case CLOSES -> announce(tick.challengeId(), WebhookEvent.CHALLENGE_CLOSED, Map.of());
            case RESULTS_PUBLISHED -> announce(tick.challengeId(), WebhookEvent.RESULTS_PUBLISHED, Map.of());
            case OPENS -> {
                // opening is not among the events a firm subscribes to
            }
        }
    }

    @EventListener
    @Transactional
    public void on(ProposalSubmitted submitted) {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("id", submitted.proposalId());
        proposal.put("submissionVersion", submitted.version());
        announce(submitted.challengeId(), WebhookEvent.PROPOSAL_SUBMITTED, Map.of("proposal", proposal),
                ":" + submitted.proposalId() + ":" + submitted.version());
    }

    private void announce(long challengeId, WebhookEvent event, Map<String, Object> extra) {
        announce(challengeId, event, extra, "");
    }

    private void announce(long challengeId, WebhookEvent event, Map<String, Object> extra, String keySuffix) {
        challenges.find(challengeId).ifPresent(c -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("challenge", challenge(c));
            data.putAll(extra);
            outbox.enqueue(c.firmId(), event, event.name() + ":" + challengeId + keySuffix, data);
        });
    }

    private Map<String, Object> challenge(ChallengeView c) {
        Map<String, Object> challenge = new LinkedHashMap<>();
        challenge.put("id", c.id());
        challenge.put("title", c.title());
        challenge.put("blind", c.evaluation().blind());
        challenge.put("url", baseUrl + "/my-challenges/" + c.id() + "/dashboard");
        return challenge;
    }
}
