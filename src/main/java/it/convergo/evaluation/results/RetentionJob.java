package it.convergo.evaluation.results;

import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.challenge.Challenges;
import it.convergo.evaluation.eligibility.IneligibleProposals;
import it.convergo.proposal.ProposalRetention;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each challenge's retention rule: once the set number of months since the results' publication has
 * passed, the content of the proposals not selected (outcome REJECTED, or found not eligible) is deleted by
 * {@link ProposalRetention}; winners, finalists and reserves are kept, and so are the evaluation records. Each
 * challenge is purged once, in its own transaction, which first inserts its {@link RetentionRun}: on several
 * nodes the second insert fails on the unique key and that node leaves the challenge alone. One audit entry per
 * challenge purged ({@code retention.purged}, actor "system"). A proposal rejected after its challenge's purge (a
 * late decision, an appeal) is purged by the next daily run, with an audit entry of its own; the proposals already
 * purged are skipped by one query, and each proposal is claimed by {@link ProposalRetention}, so two nodes catching
 * up at once purge it once.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Challenges challenges;
    private final PublicationRepository publications;
    private final DecisionRepository decisions;
    private final IneligibleProposals ineligible;
    private final RetentionRunRepository runs;
    private final ProposalRetention retention;
    private final AuditLog audit;
    private final TransactionTemplate perChallenge;
    private final Clock clock;

    RetentionJob(Challenges challenges, PublicationRepository publications, DecisionRepository decisions,
                 IneligibleProposals ineligible, RetentionRunRepository runs, ProposalRetention retention, AuditLog audit,
                 PlatformTransactionManager transactions, Clock clock) {
        this.challenges = challenges;
        this.publications = publications;
        this.decisions = decisions;
        this.ineligible = ineligible;
        this.runs = runs;
        this.retention = retention;
        this.audit = audit;
        this.perChallenge = new TransactionTemplate(transactions);
        this.perChallenge.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Daily, at night in Rome unless {@code convergo.retention.cron} says otherwise. */
    @Scheduled(cron = "${convergo.retention.cron:0 30 3 * * *}", zone = "Europe/Rome")
    void daily() {
        int purged = run();
        if (purged > 0) {
            log.info("Retention: purged the proposals not selected of {} challenge(s)", purged);
        }
    }

    /** Purges every challenge whose retention period is over and that no run purged yet; how many it purged. */
    public int run() {
        Map<Long, Integer> rules = challenges.retentionRules();
        if (rules.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Set<Long> done = Set.copyOf(runs.done(rules.keySet()));
        int purged = 0;
        for (ResultsPublication p : publications.findByChallengeIdIn(rules.keySet())) {
            Instant due = p.publishedAt.atZone(Times.ROME).plusMonths(rules.get(p.challengeId)).toInstant();
            if (now.isBefore(due)) {
                continue;
            }
            if (done.contains(p.challengeId) ? catchUp(p.challengeId) : purgeOnce(p.challengeId, now)) {
                purged++;
            }
        }
        return purged;
    }

    /** Claims and purges one challenge in its own transaction; false when another run had claimed it. */
    boolean purgeOnce(long challengeId, Instant now) {
        try {
            perChallenge.executeWithoutResult(tx -> purge(challengeId, now));
            return true;
        } catch (DataIntegrityViolationException e) {
            log.info("Retention of challenge {} already claimed by another run", challengeId);
            return false;
        }
    }

    /** Purges what was rejected after the challenge's purge; false when there was nothing left to purge. */
    boolean catchUp(long challengeId) {
        Integer late = perChallenge.execute(tx -> {
            int n = retention.purge(notSelected(challengeId), ProposalRetention.RETENTION_RULE);
            if (n > 0) {
                audit.record("retention.purged", "challenge:" + challengeId, "proposals decided after the first purge: " + n);
            }
            return n;
        });
        return late != null && late > 0;
    }

    private void purge(long challengeId, Instant now) {
        RetentionRun run = runs.saveAndFlush(new RetentionRun(challengeId, now));
        run.purged = retention.purge(notSelected(challengeId), ProposalRetention.RETENTION_RULE);
        audit.record("retention.purged", "challenge:" + challengeId, run.purged + " proposals");
    }

    /**
     * The proposals of the challenge rejected, found not eligible or (two-stage) not shortlisted, and not selected
     * by any later decision.
     */
    private List<Long> notSelected(long challengeId) {
        Set<Long> notSelected = new TreeSet<>(ineligible.in(challengeId));
        notSelected.addAll(retention.notShortlisted(challengeId));
        for (ProposalDecision d : decisions.findByChallengeId(challengeId)) {
            // a proposal the firm selected is kept whatever else was recorded about it
            if (d.outcome == Outcome.REJECTED) {
                notSelected.add(d.proposalId);
            } else {
                notSelected.remove(d.proposalId);
            }
        }
        return List.copyOf(notSelected);
    }
}
