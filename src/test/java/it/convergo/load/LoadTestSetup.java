package it.convergo.load;

import it.convergo.account.AccountFixtures;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.RushBenchmark;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Prepares a load test run (see docs/operations.md, "Load test"), in a JVM of its own on the test class path,
 * started with {@code --convergo.test.load-users=N --convergo.test.load-file=FILE}: an open challenge and N new
 * applicants, each with a complete draft, written to FILE as {@code email,password,proposalId,slug} for the
 * Gatling feeder, and the 1 MB PDF of {@link RushBenchmark} beside it as
 * {@code annex.pdf}; then the JVM exits. Every run makes new accounts, because the load test submits the drafts.
 */
@Component
@ConditionalOnProperty("convergo.test.load-users")
class LoadTestSetup implements ApplicationRunner {

    private final ChallengeFixtures fixtures;
    private final ProposalFixtures proposals;
    private final ProposalDrafts drafts;
    private final ConfigurableApplicationContext context;
    private final int users;
    private final Path file;

    LoadTestSetup(ChallengeFixtures fixtures, ProposalFixtures proposals, ProposalDrafts drafts, ConfigurableApplicationContext context,
                  @Value("${convergo.test.load-users}") int users, @Value("${convergo.test.load-file}") Path file) {
        this.fixtures = fixtures;
        this.proposals = proposals;
        this.drafts = drafts;
        this.context = context;
        this.users = users;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        ProposalFixtures.Rush rush = proposals.rush("Load test", users);
        long challengeId = rush.challengeId();
        List<ProposalFixtures.ReadyDraft> ready = rush.drafts();
        fixtures.signIn(ready.getFirst().user());
        String slug = drafts.challengeOf(ready.getFirst().proposalId()).slug();
        fixtures.signOut();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
            out.println("email,password,proposalId,slug");
            for (ProposalFixtures.ReadyDraft d : ready) {
                out.println(d.user().getEmail() + "," + AccountFixtures.PASSWORD + "," + d.proposalId() + "," + slug);
            }
        }
        Files.write(file.resolveSibling("annex.pdf"), RushBenchmark.oneMegabytePdf());
        System.out.println("LOAD TEST SETUP: challenge " + challengeId + " (" + slug + "), " + ready.size() + " applicants in " + file);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
