package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Organisations;
import it.convergo.account.Region;
import it.convergo.support.SpringTest;
import it.convergo.workflow.ChallengeLifecycle;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo challenges are valid, in every state, with their lifecycles started. */
class DemoChallengesTest extends SpringTest {

    @Autowired
    ChallengeRepository challenges;
    @Autowired
    ChallengeFileRepository files;
    @Autowired
    NdaRepository ndas;
    @Autowired
    ClarificationRepository clarifications;
    @Autowired
    Slugs slugs;
    @Autowired
    Organisations organisations;
    @Autowired
    UserDetailsService users;
    @Autowired
    ChallengeLifecycle lifecycle;
    @Autowired
    Clock clock;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void demoFirmsGetChallengesInEveryState() {
        transactions.executeWithoutResult(tx -> {
            for (String name : List.of(DemoChallenges.PADANA, DemoChallenges.CERAMICHE)) {
                if (organisations.idNamed(name).isEmpty()) {
                    entityManager.persist(new Organisation(name, OrganisationType.LARGE_COMPANY, "IT", AccountFixtures.uniqueVat(),
                            Region.LOMBARDIA, OrganisationSize.LARGE, Instant.now()));
                }
            }
        });
        new DemoChallenges(challenges, files, ndas, clarifications, slugs, organisations, users, lifecycle, clock).create();
        Set<Long> firms = Set.of(organisations.idNamed(DemoChallenges.PADANA).orElseThrow(),
                organisations.idNamed(DemoChallenges.CERAMICHE).orElseThrow());
        List<Challenge> demo = transactions.execute(tx -> challenges.findAll().stream()
                .filter(c -> firms.contains(c.firmId))
                .toList());
        assertThat(demo).hasSizeGreaterThanOrEqualTo(6);
        assertThat(demo).extracting(c -> c.status).contains(ChallengeStatus.DRAFT, ChallengeStatus.SCHEDULED);
        assertThat(demo).extracting(c -> c.language).contains("it", "en");
        for (Challenge c : demo) {
            if (c.status == ChallengeStatus.SCHEDULED) {
                assertThat(lifecycle.currentStep(c.getId())).as(c.title).isPresent();
            }
        }
        assertThat(demo).anyMatch(c -> c.visibility == Visibility.INVITE_ONLY);
        assertThat(demo).anyMatch(c -> c.closesAt != null && c.closesAt.isBefore(Instant.now()));
    }
}
