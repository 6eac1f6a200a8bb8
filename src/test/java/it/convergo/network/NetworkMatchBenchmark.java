package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import it.convergo.base.search.SearchIndex;
import it.convergo.challenge.ChallengeMatches;
import it.convergo.challenge.Sector;
import it.convergo.support.SpringTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: the quality and speed of matchmaking, printed. A labelled set made here: 20 topics, each with 6
 * organisations that really fit it (described in other words, half in Italian, with the taxonomy's synonyms) and
 * 4 decoys that share its surface words but work on something else; 50 challenges over the topics. Prints
 * precision@5 and recall@20 of {@link Matchmaking#rank}, then the p95 latency of directory searches, matchmaking
 * and challenge matches with 10,000 organisations and 10,000 challenges. Run with
 * {@code ./mvnw test -Dtest=NetworkMatchBenchmark} (it is excluded from the normal run).
 */
class NetworkMatchBenchmark extends SpringTest {

    /** area, sector, challenge words (EN), fitting organisations' words (IT and EN), decoys' borrowed words. */
    record Topic(TechnologyArea area, Sector sector, String challenge, String[] fits, String decoyWords) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic(TechnologyArea.QUALITY_INSPECTION, Sector.CERAMICS_MATERIALS,
                    "Detect glaze defects on ceramic tiles at the end of the kiln line",
                    new String[] {"machine vision for surface defects of ceramic tiles", "ispezione visiva automatica delle piastrelle smaltate",
                            "cameras and deep learning to grade tiles", "controllo qualità delle superfici ceramiche con telecamere"},
                    "glaze line kiln"),
            new Topic(TechnologyArea.ADDITIVE_MANUFACTURING, Sector.MECHANICAL_ENGINEERING,
                    "Print spare parts of hydraulic presses on demand in metal",
                    new String[] {"metal 3D printing of spare parts", "stampa 3D in metallo di ricambi meccanici",
                            "laser powder bed fusion for short series", "manifattura additiva per componenti idraulici"},
                    "spare presses demand"),
            new Topic(TechnologyArea.ENERGY_EFFICIENCY, Sector.FOOD_BEVERAGE,
                    "Recover heat from pasteurisation to cut the plant's gas bill",
                    new String[] {"heat recovery and heat pumps for food plants", "recupero di calore dai processi termici",
                            "energy audits and waste heat exchangers", "efficienza energetica negli impianti alimentari"},
                    "bill plant gas"),
            new Topic(TechnologyArea.ROBOTICS, Sector.AUTOMOTIVE,
                    "Collaborative robots to load welding fixtures next to operators",
                    new String[] {"cobot cells for welding and fixture loading", "robot collaborativi per la saldatura",
                            "safe human robot collaboration in assembly", "robotica collaborativa per linee di assemblaggio"},
                    "operators fixtures next"),
            new Topic(TechnologyArea.CYBERSECURITY, Sector.ENERGY_UTILITIES,
                    "Protect substation control networks against intrusions",
                    new String[] {"OT security monitoring of industrial networks", "sicurezza informatica per reti di controllo industriali",
                            "intrusion detection for SCADA systems", "cybersecurity assessment of utilities"},
                    "substation protect control"),
            new Topic(TechnologyArea.DIGITAL_TWIN, Sector.MECHANICAL_ENGINEERING,
                    "Simulate a packaging line before building it to cut commissioning time",
                    new String[] {"digital twin and virtual commissioning of machines", "gemello digitale di linee di confezionamento",
                            "simulation models of automated lines", "messa in servizio virtuale di impianti"},
                    "packaging building time"),
            new Topic(TechnologyArea.CIRCULAR_ECONOMY, Sector.TEXTILE_FASHION,
                    "Turn textile offcuts into new yarn instead of landfill",
                    new String[] {"recycling of textile waste into fibres", "riciclo degli scarti tessili in nuovi filati",
                            "circular economy for fashion materials", "economia circolare e recupero di fibre"},
                    "new landfill turn"),
            new Topic(TechnologyArea.LOGISTICS, Sector.LOGISTICS_TRANSPORT,
                    "Plan routes of the delivery fleet with live traffic and time windows",
                    new String[] {"route optimisation for delivery fleets", "ottimizzazione dei percorsi di consegna",
                            "vehicle routing with time windows", "logistica dell'ultimo miglio e pianificazione dei giri"},
                    "live traffic windows"),
            new Topic(TechnologyArea.AGRIFOOD, Sector.FOOD_BEVERAGE,
                    "Monitor vineyard water stress to irrigate only where needed",
                    new String[] {"precision farming sensors for vineyards", "agricoltura di precisione e irrigazione",
                            "soil moisture probes and irrigation advice", "monitoraggio dello stress idrico delle colture"},
                    "water needed monitor"),
            new Topic(TechnologyArea.BIOTECH_HEALTH, Sector.HEALTHCARE,
                    "Rapid test for bacterial contamination of medical devices",
                    new String[] {"microbiology assays for medical devices", "test microbiologici rapidi per dispositivi medici",
                            "biosensors for bacteria detection", "biotecnologie per la sterilità dei dispositivi"},
                    "rapid test devices"),
            new Topic(TechnologyArea.ADVANCED_MATERIALS, Sector.CONSTRUCTION,
                    "Lighter concrete panels with composite reinforcement",
                    new String[] {"fibre reinforced composites for buildings", "materiali compositi per l'edilizia",
                            "advanced materials for lightweight panels", "rinforzi in fibra di basalto e carbonio"},
                    "panels lighter concrete"),
            new Topic(TechnologyArea.INDUSTRIAL_IOT, Sector.MECHANICAL_ENGINEERING,
                    "Connect old machine tools to read spindle load and downtime",
                    new String[] {"IoT gateways for legacy machines", "retrofit IoT di macchine utensili",
                            "connected sensors and OEE dashboards", "sensori connessi per il monitoraggio dei fermi"},
                    "old tools read"),
            new Topic(TechnologyArea.AI_MACHINE_LEARNING, Sector.ELECTRONICS_ICT,
                    "Forecast component demand from orders and seasonality",
                    new String[] {"machine learning demand forecasting", "previsione della domanda con intelligenza artificiale",
                            "time series models for sales", "apprendimento automatico per la pianificazione"},
                    "component orders seasonality"),
            new Topic(TechnologyArea.AUTOMOTIVE_MOBILITY, Sector.AUTOMOTIVE,
                    "Battery packs for electric light commercial vehicles",
                    new String[] {"battery management for electric vehicles", "pacchi batteria per veicoli elettrici",
                            "e-mobility powertrains", "mobilità elettrica e sistemi di accumulo"},
                    "light commercial packs"),
            new Topic(TechnologyArea.QUALITY_INSPECTION, Sector.FOOD_BEVERAGE,
                    "Find foreign bodies in packaged cheese before shipping",
                    new String[] {"x-ray inspection of packaged food", "ispezione a raggi x degli alimenti confezionati",
                            "contaminant detection on food lines", "visione artificiale per il controllo degli alimenti"},
                    "cheese shipping bodies"),
            new Topic(TechnologyArea.ENERGY_EFFICIENCY, Sector.CERAMICS_MATERIALS,
                    "Cut the energy used by ceramic kilns with better burners and insulation",
                    new String[] {"combustion optimisation for industrial furnaces", "efficienza energetica dei forni industriali",
                            "refractory insulation and burner control", "risparmio energetico nei processi ad alta temperatura"},
                    "ceramic better used"),
            new Topic(TechnologyArea.ROBOTICS, Sector.LOGISTICS_TRANSPORT,
                    "Autonomous mobile robots to move pallets in the warehouse",
                    new String[] {"autonomous mobile robots for intralogistics", "robot mobili autonomi per magazzini",
                            "AGV and AMR fleet management", "robotica per la movimentazione dei pallet"},
                    "move warehouse pallets"),
            new Topic(TechnologyArea.CIRCULAR_ECONOMY, Sector.CHEMICALS_PHARMA,
                    "Reuse solvent waste from pharmaceutical synthesis",
                    new String[] {"solvent recovery and purification", "recupero e riuso dei solventi",
                            "green chemistry for waste reduction", "economia circolare nella chimica fine"},
                    "synthesis pharmaceutical reuse"),
            new Topic(TechnologyArea.DIGITAL_TWIN, Sector.ENERGY_UTILITIES,
                    "Model the water network to find leaks and plan maintenance",
                    new String[] {"hydraulic models and digital twins of networks", "gemello digitale della rete idrica",
                            "leak detection with network simulation", "modellazione e manutenzione predittiva delle reti"},
                    "plan find maintenance"),
            new Topic(TechnologyArea.ADDITIVE_MANUFACTURING, Sector.HEALTHCARE,
                    "Custom orthopaedic insoles produced per patient",
                    new String[] {"3D printing of custom medical devices", "stampa 3D di plantari personalizzati",
                            "additive manufacturing with biocompatible polymers", "scansione e fabbricazione additiva su misura"},
                    "patient custom produced"));

    /** Unrelated trades that borrow a topic's words ({@code %s}). */
    static final String[] DECOYS = {"Payroll and HR consulting: we %s for your staff and their contracts.",
            "Agenzia di comunicazione: campagne e social media, %s per il vostro marchio.",
            "Event catering and travel booking, we %s for conferences.",
            "Studio legale e fiscale: contratti, %s e contenziosi."};

    static final String[] FILLER = {"We are a team of engineers.", "Siamo una squadra di ingegneri.",
            "We work with companies of every size.", "Lavoriamo con aziende di ogni dimensione."};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchIndex index;
    @Autowired
    Matchmaking matchmaking;
    @Autowired
    Directory directory;
    @Autowired
    ChallengeMatches challengeMatches;
    @Autowired
    TransactionTemplate transactions;

    private final Random random = new Random(14);
    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void qualityAndLatency() throws InterruptedException {
        Map<Integer, Set<Long>> rightByTopic = labelledOrganisations();
        index.rebuildAndWait();
        quality(rightByTopic);
        if (Boolean.getBoolean("bench.qualityOnly")) {
            return;
        }
        bulk(10_000);
        index.rebuildAndWait();
        System.out.printf("%nIndex: %d documents%n", index.documents());
        latency();
    }

    private Map<Integer, Set<Long>> labelledOrganisations() {
        Map<Integer, Set<Long>> right = new HashMap<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            Topic topic = TOPICS.get(t);
            for (int i = 0; i < 6; i++) {
                String[] fits = topic.fits();
                String text = fits[i % fits.length] + ". " + fits[(i + 1) % fits.length] + ". " + FILLER[i % FILLER.length];
                long org = organisation("Fit " + t + "-" + i, text, fits[(i + 2) % fits.length], topic.area(), topic.sector());
                right.computeIfAbsent(t, k -> new HashSet<>()).add(org);
            }
            for (int i = 0; i < 4; i++) {
                // the topic's own surface words in an unrelated trade, under another topic's area and sector
                Topic other = TOPICS.get((t + 7 + i) % TOPICS.size());
                String text = DECOYS[i].formatted(topic.decoyWords()) + " " + FILLER[(i + 1) % FILLER.length];
                organisation("Decoy " + t + "-" + i, text, "", other.area(), other.sector());
            }
        }
        return right;
    }

    private void quality(Map<Integer, Set<Long>> rightByTopic) {
        double precision = 0;
        double recall = 0;
        int challenges = 50;
        for (int c = 0; c < challenges; c++) {
            int t = c % TOPICS.size();
            Topic topic = TOPICS.get(t);
            String text = topic.challenge() + (c >= TOPICS.size() ? ". We need a partner for a pilot within a year." : "")
                    + (c >= 2 * TOPICS.size() ? " " + topic.decoyWords() : "");
            List<Long> ranked = transactions.execute(s -> matchmaking.rank(text, Set.of(topic.area()), topic.sector(), -1, 20));
            Set<Long> right = rightByTopic.get(t);
            long hits5 = ranked.stream().limit(5).filter(right::contains).count();
            long hits20 = ranked.stream().limit(20).filter(right::contains).count();
            precision += hits5 / 5.0;
            recall += hits20 / (double) right.size();
        }
        System.out.printf(Locale.ROOT, "%nMatchmaking quality on %d challenges, %d organisations:%n  precision@5 %.3f%n  recall@20   %.3f%n",
                challenges, TOPICS.size() * 10, precision / challenges, recall / challenges);
    }

    private long organisation(String name, String description, String capabilities, TechnologyArea area, Sector sector) {
        String unique = name + " " + run;
        jdbc.update("insert into organisation (version, name, type, country, vat_number, region, size, created_at) "
                + "values (0, ?, 'STARTUP', 'IT', ?, 'LOMBARDIA', 'SMALL', ?)", unique, "B" + run + unique.hashCode() + random.nextInt(1_000_000),
                Timestamp.from(Instant.now()));
        Long org = jdbc.queryForObject("select id from organisation where name = ?", Long.class, unique);
        boolean italian = random.nextBoolean();
        jdbc.update("insert into innovator_profile (version, organisation_id, organisation_name, organisation_type, listed, "
                + "description_it, description_en, capabilities, open_to_partnering, updated_at) values (0, ?, ?, 'STARTUP', true, ?, ?, ?, true, ?)",
                org, unique, italian ? description : null, italian ? null : description, capabilities, Timestamp.from(Instant.now()));
        Long profile = jdbc.queryForObject("select id from innovator_profile where organisation_id = ?", Long.class, org);
        jdbc.update("insert into innovator_profile_area (profile_id, area) values (?, ?)", profile, area.name());
        jdbc.update("insert into innovator_profile_sector (profile_id, sector) values (?, ?)", profile, sector.name());
        return org;
    }

    /** 10,000 more organisations and challenges, in bulk, from the topics' words. */
    private void bulk(int n) {
        for (int i = 0; i < n; i++) {
            Topic topic = TOPICS.get(i % TOPICS.size());
            if (i % 1000 == 0) {
                System.out.printf("  filling %d...%n", i);
            }
            organisation("Bulk " + i, topic.fits()[i % 4] + " " + FILLER[i % FILLER.length] + " n" + i,
                    topic.fits()[(i + 1) % 4], topic.area(), topic.sector());
        }
        Long firm = jdbc.queryForObject("select min(id) from organisation", Long.class);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Topic topic = TOPICS.get(i % TOPICS.size());
            String title = topic.challenge() + " " + i;
            rows.add(new Object[] {firm, "net-" + run + "-" + i, i % 3 == 0 ? "SCHEDULED" : "OPEN", title, topic.fits()[i % 4],
                    topic.sector().name(), Timestamp.from(now.minus(1, ChronoUnit.DAYS)), Timestamp.from(now.plus(30, ChronoUnit.DAYS)),
                    title.toLowerCase(Locale.ROOT), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now)});
        }
        jdbc.batchUpdate("""
                insert into challenge (version, firm_id, slug, status, language, title, summary, sector, trl_min, trl_max,
                  consortia_allowed, ip_terms, nda_required, nda_version, visibility, opens_at, closes_at,
                  overall_threshold, evaluators_per_proposal, blind_evaluation, divergence_threshold, title_max, acronym_max,
                  abstract_max, search_text, created_at, updated_at, published_at)
                values (0, ?, ?, ?, 'en', ?, ?, ?, 3, 6, true, 'TO_BE_NEGOTIATED', false, 0, 'PUBLIC', ?, ?, 10, 3, false, 1.5,
                  200, 20, 2000, ?, ?, ?, ?)""", rows);
    }

    private void latency() {
        List<String> words = List.of("stampa 3D", "machine vision", "recupero di calore", "robot", "sicurezza informatica",
                "digital twin", "riciclo tessile", "batteria veicoli elettrici", "irrigazione", "compositi");
        time("directory search (visitor, 20 cards)", i -> directory.search(new DirectoryFilter(words.get(i % words.size()),
                null, null, null, null, false), 0, 20, Locale.ITALIAN).size());
        time("directory facets", i -> directory.facets(new DirectoryFilter(words.get(i % words.size()), null, null, null,
                null, false)).areas().size());
        time("innovators for a challenge (rank, 20)", i -> {
            Topic t = TOPICS.get(i % TOPICS.size());
            return matchmaking.rank(t.challenge(), Set.of(t.area()), t.sector(), -1, 20).size();
        });
        time("challenges for a profile (20)", i -> {
            Topic t = TOPICS.get(i % TOPICS.size());
            return challengeMatches.fitting(String.join(". ", t.fits()), Set.of(t.area()), -1, 20).size();
        });
    }

    private void time(String what, java.util.function.IntFunction<Object> query) {
        // steady state: every query of the cycle once before timing (else their first runs, 5 % of the timed ones,
        // are exactly what p95 reports), the first round's worst printed beside it
        long cold = 0;
        for (int i = 0; i < 40; i++) {
            int k = i;
            long start = System.nanoTime();
            transactions.execute(s -> query.apply(k));
            cold = Math.max(cold, System.nanoTime() - start);
        }
        int runs = 200;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            int k = i;
            long start = System.nanoTime();
            transactions.execute(s -> query.apply(k));
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  %-40s p50 %6.2f ms  p95 %6.2f ms  (warm-up worst %6.2f ms)%n", what,
                nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, cold / 1e6);
    }
}
