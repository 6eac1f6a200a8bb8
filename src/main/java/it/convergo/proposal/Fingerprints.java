package it.convergo.proposal;

import java.util.List;
import java.util.stream.Collectors;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every submitted proposal's fingerprint current, lazily: before a duplicate lookup, the proposals whose
 * latest version has none (new, resubmitted, or submitted before fingerprints existed) get one. Nothing is added
 * to the submission's hot path, and the proposals from before the migration need no separate pass. Each
 * fingerprint is written in its own short transaction; two nodes or two managers doing the same one at once
 * compute the same signature, so the loser's conflict is simply ignored.
 */
@Component
class Fingerprints {

    private static final Logger log = LoggerFactory.getLogger(Fingerprints.class);
    private static final int BATCH = 200;

    private final ProposalFingerprintRepository fingerprints;
    private final ProposalRepository proposals;
    private final LatestSubmissions latest;
    private final TransactionTemplate writing;
    private final Clock clock;

    Fingerprints(ProposalFingerprintRepository fingerprints, ProposalRepository proposals, LatestSubmissions latest,
                 PlatformTransactionManager transactions, Clock clock) {
        this.fingerprints = fingerprints;
        this.proposals = proposals;
        this.latest = latest;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Fingerprints every submitted proposal that lacks a current one. When none is stale this is one indexed query,
     * so it can run before every lookup.
     */
    void refresh() {
        while (true) {
            List<Long> stale = fingerprints.stale(ProposalStatus.submittedStates(), PageRequest.of(0, BATCH));
            int done = 0;
            for (long id : stale) {
                try {
                    writing.executeWithoutResult(t -> fingerprint(id));
                    done++;
                } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
                    log.debug("Fingerprint of proposal {} written by someone else meanwhile", id);
                    done++;
                }
            }
            if (stale.size() < BATCH || done == 0) {
                return;
            }
        }
    }

    /**
     * Forgets the fingerprints of proposals that no longer exist (erased drafts' leftovers, proposals deleted by an
     * admin), at night: lookups never read them (they join the proposal), so only storage waits for this, and a
     * whole-table delete stays off the firm's page. Two nodes running it at once delete the same rows once.
     */
    @Scheduled(cron = "${convergo.duplicates.sweep-cron:0 40 3 * * *}", zone = "Europe/Rome")
    void forgetDeleted() {
        int gone = writing.execute(t -> fingerprints.deleteOrphans());
        if (gone > 0) {
            log.info("Forgot {} fingerprints of deleted proposals", gone);
        }
    }

    private void fingerprint(long proposalId) {
        Proposal p = proposals.findById(proposalId).orElseThrow();
        ProposalSubmission s = latest.of(p);
        ProposalFingerprint f = fingerprints.findById(proposalId).orElseGet(() -> new ProposalFingerprint(proposalId));
        f.submissionNumber = s.number;
        f.challengeId = p.challengeId;
        f.signature = TextFingerprint.encode(TextFingerprint.signature(text(s)));
        f.computedAt = clock.instant();
        fingerprints.save(f);
    }

    /** What is compared: the applicant's own words (title, abstract, answers), not the firm's question texts. */
    static String text(ProposalSubmission s) {
        return (s.title == null ? "" : s.title) + "\n" + (s.abstractText == null ? "" : s.abstractText) + "\n"
                + s.answers.stream().map(a -> a.answer == null ? "" : a.answer).collect(Collectors.joining("\n"));
    }
}
