package it.convergo.base.startup;

import it.convergo.challenge.ChallengeFixtures;
import it.convergo.document.TestPdfs;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.proposal.ProposalUploads;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * For {@link KillDuringRushTest} only, in a node of its own: once the node is up, N applicants with complete
 * drafts each upload a PDF and submit, from 8 threads, and every acknowledged submission is written to the
 * file named by {@code convergo.test.rush-acks} the moment {@code submit} returns (as a receipt on screen
 * would be), flushed line by line so that a {@code kill -9} loses none of the lines.
 */
@Component
@ConditionalOnProperty("convergo.test.rush-client")
class RushClient implements ApplicationRunner {

    private final ChallengeFixtures fixtures;
    private final ProposalFixtures proposals;
    private final ProposalUploads uploads;
    private final ProposalSubmissions submissions;
    private final int applicants;
    private final Path acks;

    RushClient(ChallengeFixtures fixtures, ProposalFixtures proposals, ProposalUploads uploads, ProposalSubmissions submissions,
               @Value("${convergo.test.rush-client}") int applicants, @Value("${convergo.test.rush-acks}") Path acks) {
        this.fixtures = fixtures;
        this.proposals = proposals;
        this.uploads = uploads;
        this.submissions = submissions;
        this.applicants = applicants;
        this.acks = acks;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        ProposalFixtures.Rush rush = proposals.rush("Kill during rush", applicants);
        long challengeId = rush.challengeId();
        List<ProposalFixtures.ReadyDraft> drafts = rush.drafts();
        Path pdf = TestPdfs.write(Files.createTempDirectory("rush"), "annex.pdf", TestPdfs.pdf(20, "Annex of the rush"));
        try (PrintStream out = new PrintStream(Files.newOutputStream(acks), true, StandardCharsets.UTF_8)) {
            out.println("PREPARED " + challengeId + " " + drafts.size());
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (ProposalFixtures.ReadyDraft draft : drafts) {
                clients.execute(() -> {
                    try {
                        fixtures.signIn(draft.user());
                        uploads.upload(draft.proposalId(), null, "annex.pdf", pdf);
                        submissions.submit(draft.proposalId(), draft.version());
                        synchronized (out) {
                            out.println("ACK " + draft.proposalId());
                        }
                    } catch (RuntimeException e) {
                        synchronized (out) {
                            out.println("FAILED " + draft.proposalId() + " " + e);
                        }
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            clients.shutdown();
            clients.awaitTermination(30, java.util.concurrent.TimeUnit.MINUTES);
        }
    }
}
