package it.convergo.challenge;

import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import it.convergo.support.SpringTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: fills the catalogue with 10,000 challenges (if it has fewer) and prints how long the catalogue's
 * paged queries take, as an anonymous visitor. Run with
 * {@code ./mvnw test -Dtest=CatalogueBenchmark} (add -Pmysql and the CONVERGO_DB_* variables for MySQL).
 */
class CatalogueBenchmark extends SpringTest {

    private static final int CHALLENGES = 10_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Catalogue service;
    @Autowired
    it.convergo.base.search.SearchIndex searchIndex;

    @Test
    void catalogueWithTenThousandChallenges() {
        Integer existing = jdbc.queryForObject("select count(*) from challenge", Integer.class);
        if (existing == null || existing < CHALLENGES) {
            fill(CHALLENGES - (existing == null ? 0 : existing));
        }
        // rows written by JDBC bypass the entities: the search engine learns of them from a rebuild
        try {
            searchIndex.rebuildAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf("%nCatalogue benchmark: %d challenges in the table%n", jdbc.queryForObject("select count(*) from challenge", Integer.class));
        CatalogueFilter all = CatalogueFilter.openAndUpcoming();
        time("count open+upcoming", () -> service.countCatalogue(all));
        time("first page (24) by deadline", () -> service.catalogue(all, PageRequest.of(0, 24)).size());
        time("page 200 by deadline", () -> service.catalogue(all, PageRequest.of(200, 24)).size());
        CatalogueFilter newest = new CatalogueFilter("", Set.of(), null, null, null, null, null, CatalogueFilter.Sort.NEWEST);
        time("first page by newest", () -> service.catalogue(newest, PageRequest.of(0, 24)).size());
        CatalogueFilter search = new CatalogueFilter("robot", Set.of(CatalogueFilter.Phase.OPEN, CatalogueFilter.Phase.CLOSED),
                null, null, null, null, null, null);
        time("full-text 'robot', count", () -> service.countCatalogue(search));
        time("full-text 'robot', first page", () -> service.catalogue(search, PageRequest.of(0, 24)).size());
        CatalogueFilter filtered = new CatalogueFilter("", Set.of(), Sector.CERAMICS_MATERIALS, TechnologyArea.ROBOTICS,
                RewardType.PRIZE_MONEY, OrganisationType.STARTUP, LocalDate.now().plusDays(60), CatalogueFilter.Sort.TITLE);
        time("all filters, count", () -> service.countCatalogue(filtered));
        time("all filters, first page by title", () -> service.catalogue(filtered, PageRequest.of(0, 24)).size());
    }

    private void time(String what, Supplier<Object> query) {
        query.get(); // warm-up
        int runs = 10;
        long start = System.nanoTime();
        Object result = null;
        for (int i = 0; i < runs; i++) {
            result = query.get();
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("  %-36s %8.2f ms  (result %s)%n", what, ms, result);
    }

    private void fill(int n) {
        Organisation firm = accounts.organisation("Benchmark firm", OrganisationType.LARGE_COMPANY);
        Instant now = Instant.now();
        String[] words = {"robot", "sensor", "glaze", "kiln", "press", "vision", "battery", "logistics", "twin", "coating"};
        Sector[] sectors = Sector.values();
        ChallengeStatus[] states = {ChallengeStatus.OPEN, ChallengeStatus.OPEN, ChallengeStatus.SCHEDULED, ChallengeStatus.CLOSED, ChallengeStatus.DRAFT};
        String run = Long.toString(System.nanoTime(), 36);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String title = "Bench " + words[i % words.length] + " challenge " + i;
            Instant opens = now.minus(30 - (i % 60), ChronoUnit.DAYS);
            Instant closes = opens.plus(30 + (i % 90), ChronoUnit.DAYS);
            rows.add(new Object[] {firm.getId(), "bench-" + run + "-" + i, states[i % states.length].name(), i % 2 == 0 ? "it" : "en",
                    title, "Summary of " + title, sectors[i % sectors.length].name(), i % 20 == 0 ? "INVITE_ONLY" : "PUBLIC",
                    Timestamp.from(opens), Timestamp.from(closes), title.toLowerCase() + " summary benchmark firm",
                    Timestamp.from(now), Timestamp.from(now), Timestamp.from(opens.minus(7, ChronoUnit.DAYS))});
        }
        jdbc.batchUpdate("""
                insert into challenge (version, firm_id, slug, status, language, title, summary, sector, trl_min, trl_max,
                  consortia_allowed, ip_terms, nda_required, nda_version, visibility, opens_at, closes_at,
                  overall_threshold, evaluators_per_proposal, blind_evaluation, divergence_threshold, title_max, acronym_max,
                  abstract_max, search_text, created_at, updated_at, published_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, 3, 6, true, 'TO_BE_NEGOTIATED', false, 0, ?, ?, ?, 10, 3, false, 1.5, 200, 20,
                  2000, ?, ?, ?, ?)""", rows);
        List<Long> ids = jdbc.queryForList("select id from challenge where slug like ?", Long.class, "bench-" + run + "-%");
        TechnologyArea[] areas = TechnologyArea.values();
        RewardType[] rewards = RewardType.values();
        List<Object[]> areaRows = new ArrayList<>();
        List<Object[]> rewardRows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            areaRows.add(new Object[] {ids.get(i), areas[i % areas.length].name()});
            areaRows.add(new Object[] {ids.get(i), areas[(i + 5) % areas.length].name()});
            rewardRows.add(new Object[] {ids.get(i), 0, rewards[i % rewards.length].name(), 10_000 + i});
        }
        jdbc.batchUpdate("insert into challenge_area (challenge_id, area) values (?, ?)", areaRows);
        jdbc.batchUpdate("insert into challenge_reward (challenge_id, pos, type, amount) values (?, ?, ?, ?)", rewardRows);
    }
}
