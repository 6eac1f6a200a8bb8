package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.support.SpringTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two first sign-ins of the same subject at once: no error, one account, one link, both sessions on it. */
class SingleSignOnRaceTest extends SpringTest {

    private static final String PROVIDER = "university";

    @Autowired
    SingleSignOn sso;
    @Autowired
    UserRepository users;
    @Autowired
    SsoLinks links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;

    private long accountsWith(String email) {
        return jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email);
    }

    private long linksOf(String subject) {
        return jdbc.queryForObject("select count(*) from sso_link where provider = ? and subject = ?", Long.class,
                PROVIDER, subject);
    }

    /**
     * The race made certain: the winner has inserted its account and link but not committed when the loser reads
     * (no link yet) and inserts the same address; once the winner commits, the loser is refused by the unique key,
     * reads again and signs in as the winner's account.
     */
    @Test
    void theLoserOfTheRaceSignsInAsTheWinnersAccount() throws Exception {
        String email = AccountFixtures.uniqueEmail("sso-race");
        String subject = UUID.randomUUID().toString();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> winner = pool.submit(() -> new TransactionTemplate(txManager).execute(status -> {
                UserAccount made = users.save(new UserAccount(email, "Winner", null, EnumSet.of(Role.APPLICANT), Instant.now()));
                made.confirmEmail();
                users.flush();
                links.link(PROVIDER, subject, made.getId(), Instant.now());
                inserted.countDown();
                await(commit);
                return made.getId();
            }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<AccountPrincipal> loser = pool.submit(() ->
                    sso.signIn(new SsoIdentity(PROVIDER, subject, email, true, "Loser", "en")));
            Thread.sleep(300); // the loser reads no link and tries to insert the same address
            commit.countDown();
            long winnerId = winner.get(60, TimeUnit.SECONDS);
            AccountPrincipal signedIn = loser.get(60, TimeUnit.SECONDS);
            assertThat(signedIn.userId()).isEqualTo(winnerId);
            assertThat(accountsWith(email)).isOne();
            assertThat(linksOf(subject)).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fourFirstSignInsAtTheSameTimeShareOneAccount() throws Exception {
        int threads = 4;
        for (int round = 0; round < 3; round++) {
            String email = AccountFixtures.uniqueEmail("sso-together");
            String subject = UUID.randomUUID().toString();
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<AccountPrincipal>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return sso.signIn(new SsoIdentity(PROVIDER, subject, email, true, "Ada Rossi", "it"));
                    }));
                }
                Set<Long> accounts = new java.util.HashSet<>();
                for (Future<AccountPrincipal> r : results) {
                    accounts.add(r.get(60, TimeUnit.SECONDS).userId());
                }
                System.out.printf("SSO race round %d: %d sign-ins, accounts %s%n", round, threads,
                        accounts.stream().map(String::valueOf).collect(Collectors.joining(",")));
                assertThat(accounts).hasSize(1);
                assertThat(accountsWith(email)).isOne();
                assertThat(linksOf(subject)).isOne();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
