package it.convergo.proposal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Not a test: how well {@link TextFingerprint} and {@link Duplicates#THRESHOLD} find near-duplicate proposals.
 * Generates a labelled set in code (fixed seed): {@code dup.n} proposals in Italian and English on 20 topics,
 * written from each topic's vocabulary and the stock phrases every proposal uses (so same-topic proposals are
 * decoys that share words and phrases), and {@code dup.copies} near-duplicates of some of them (paragraphs
 * reordered, 10-20 % of the words changed, another title, a paragraph of boilerplate in the other language).
 * Prints duplicates found (recall), false alarms (share of proposals without a copy that get flagged),
 * precision over flagged pairs, and the time per fingerprint and per lookup among {@code dup.scale} signatures.
 * Asserts nothing.
 * <pre>
 * ./mvnw -B -ntp test -Dtest=DuplicatesBenchmark [-Ddup.n=300] [-Ddup.copies=60] [-Ddup.scale=10000]
 * </pre>
 */
class DuplicatesBenchmark {

    private static final String[][] TOPICS = {
            {"visione", "telecamera", "difetti", "linea", "ispezione", "scarti", "pezzi", "vision", "camera", "defects", "inspection", "scrap"},
            {"energia", "consumi", "compressori", "aria", "perdite", "contatori", "energy", "compressor", "leaks", "meters", "savings", "load"},
            {"logistica", "magazzino", "pallet", "navette", "picking", "ordini", "warehouse", "shuttle", "orders", "routing", "forklift", "stock"},
            {"manutenzione", "vibrazioni", "cuscinetti", "guasti", "sensori", "allarmi", "maintenance", "vibration", "bearings", "failures", "sensor", "alarm"},
            {"plastica", "riciclo", "granulo", "polimeri", "stampaggio", "scaglie", "plastic", "recycling", "pellets", "polymer", "moulding", "flakes"},
            {"acqua", "depurazione", "fanghi", "membrane", "filtri", "riuso", "water", "treatment", "sludge", "membrane", "filters", "reuse"},
            {"vino", "cantina", "fermentazione", "uve", "botti", "lieviti", "wine", "cellar", "fermentation", "grapes", "barrels", "yeast"},
            {"tessile", "tintura", "fibre", "telai", "colori", "tessuti", "textile", "dyeing", "fibres", "looms", "colours", "fabric"},
            {"batterie", "celle", "litio", "carica", "moduli", "temperatura", "battery", "cells", "lithium", "charging", "modules", "thermal"},
            {"robot", "pinza", "presa", "cobot", "traiettorie", "celle", "gripper", "grasping", "cobots", "trajectories", "workcell", "payload"},
            {"dati", "cruscotto", "previsioni", "modelli", "serie", "storico", "data", "dashboard", "forecast", "models", "series", "history"},
            {"sicurezza", "accessi", "badge", "varchi", "intrusioni", "videosorveglianza", "security", "access", "gates", "intrusion", "cctv", "guards"},
            {"agricoltura", "irrigazione", "suolo", "droni", "colture", "umidità", "farming", "irrigation", "soil", "drones", "crops", "moisture"},
            {"cemento", "calcestruzzo", "impasti", "additivi", "resistenza", "getti", "cement", "concrete", "mixes", "additives", "strength", "casting"},
            {"imballaggio", "cartone", "etichette", "confezioni", "film", "sigillatura", "packaging", "cardboard", "labels", "packs", "wrapping", "sealing"},
            {"salute", "pazienti", "telemedicina", "referti", "ambulatori", "terapie", "health", "patients", "telemedicine", "reports", "clinics", "therapy"},
            {"mobilità", "flotte", "veicoli", "ricarica", "percorsi", "consegne", "mobility", "fleet", "vehicles", "charging", "routes", "deliveries"},
            {"alimentare", "pasta", "essiccazione", "farine", "impasto", "forni", "food", "drying", "flour", "dough", "ovens", "bakery"},
            {"metalli", "saldatura", "lamiere", "taglio", "laser", "piegatura", "metal", "welding", "sheets", "cutting", "laser", "bending"},
            {"edifici", "climatizzazione", "termostati", "comfort", "isolamento", "pompe", "buildings", "hvac", "thermostats", "comfort", "insulation", "pumps"},
    };
    private static final String[] COMMON = ("il la dei delle con per una un nel sulla che del al degli e o the of and to in a for with on by "
            + "our we will system solution pilot project team partner plant process cost time quality month data test "
            + "nostro sistema soluzione progetto squadra impianto processo costo tempo qualità mese prova").split(" ");
    private static final String[] STOCK = {
            "Il nostro team ha esperienza pluriennale nel settore e collabora con università e centri di ricerca.",
            "La soluzione proposta è modulare, scalabile e integrabile con i sistemi esistenti dell'azienda.",
            "Our team has many years of experience in the sector and works with universities and research centres.",
            "The proposed solution is modular, scalable and can be integrated with the company's existing systems.",
            "Il pilota durerà sei mesi e sarà misurato con indicatori concordati con l'azienda.",
            "The pilot will last six months and will be measured with indicators agreed with the company.",
            "Proteggiamo i dati secondo il GDPR e non trasferiamo informazioni fuori dall'Unione europea.",
            "We protect data under the GDPR and do not transfer information outside the European Union.",
            "Il budget copre personale, materiali e una giornata di formazione per gli operatori.",
            "The budget covers staff, materials and one day of training for the operators.",
    };
    private static final String[] BOILERPLATE = {
            "Questa proposta è riservata e destinata esclusivamente all'azienda che ha pubblicato la sfida; ogni diritto è riservato.",
            "This proposal is confidential and intended only for the company that published the challenge; all rights reserved.",
    };

    @Test
    void measure() {
        int n = Integer.getInteger("dup.n", 300);
        int copies = Integer.getInteger("dup.copies", 60);
        int scale = Integer.getInteger("dup.scale", 10_000);
        Random random = new Random(14);

        List<String> texts = new ArrayList<>();
        List<Integer> topicOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int topic = i % TOPICS.length;
            texts.add(proposal(random, topic, i));
            topicOf.add(topic);
        }
        // near-duplicates of the first `copies` proposals of shuffled order: label (original, copy)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Set<Long> truePairs = new HashSet<>();
        for (int c = 0; c < copies; c++) {
            int original = order.get(c);
            texts.add(nearCopy(random, texts.get(original), topicOf.get(original)));
            topicOf.add(topicOf.get(original));
            truePairs.add(pair(original, texts.size() - 1));
        }

        for (int warm = 0; warm < 3; warm++) {
            texts.forEach(TextFingerprint::signature);
        }
        long start = System.nanoTime();
        List<int[]> signatures = new ArrayList<>();
        for (String t : texts) {
            signatures.add(TextFingerprint.signature(t));
        }
        double fingerprintMs = (System.nanoTime() - start) / 1e6 / texts.size();

        Set<Long> flaggedPairs = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (TextFingerprint.similarity(signatures.get(i), signatures.get(j)) >= Duplicates.THRESHOLD) {
                    flaggedPairs.add(pair(i, j));
                }
            }
        }
        long found = truePairs.stream().filter(flaggedPairs::contains).count();
        Set<Integer> withCopy = new HashSet<>();
        truePairs.forEach(p -> {
            withCopy.add((int) (p >> 32));
            withCopy.add((int) (long) p);
        });
        Set<Integer> falselyFlagged = new HashSet<>();
        for (long p : flaggedPairs) {
            if (!truePairs.contains(p)) {
                for (int side : new int[] {(int) (p >> 32), (int) p}) {
                    if (!withCopy.contains(side)) {
                        falselyFlagged.add(side);
                    }
                }
            }
        }
        int clean = texts.size() - withCopy.size();
        double maxDecoy = 0;
        double minCopy = 1;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                double s = TextFingerprint.similarity(signatures.get(i), signatures.get(j));
                if (truePairs.contains(pair(i, j))) {
                    minCopy = Math.min(minCopy, s);
                } else {
                    maxDecoy = Math.max(maxDecoy, s);
                }
            }
        }

        // a lookup as Duplicates does it: decode and compare one signature with all stored ones
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < scale; i++) {
            stored.add(TextFingerprint.encode(signatures.get(i % signatures.size())));
        }
        int lookups = 50;
        int hits = 0;
        for (int warm = 0; warm < 20; warm++) {
            int[] mine = TextFingerprint.decode(stored.get(warm));
            for (String s : stored) {
                TextFingerprint.similarity(mine, TextFingerprint.decode(s));
            }
        }
        start = System.nanoTime();
        for (int l = 0; l < lookups; l++) {
            int[] mine = TextFingerprint.decode(stored.get(l));
            for (String s : stored) {
                if (TextFingerprint.similarity(mine, TextFingerprint.decode(s)) >= Duplicates.THRESHOLD) {
                    hits++;
                }
            }
        }
        double lookupMs = (System.nanoTime() - start) / 1e6 / lookups;

        System.out.printf("""
                DuplicatesBenchmark: %d proposals (%d originals on %d topics, %d near-duplicates), %d-word shingles, %d hashes, threshold %.2f
                  duplicates found (recall)   %d / %d = %.3f
                  false alarms                %d / %d proposals without a copy = %.3f
                  precision (flagged pairs)   %d / %d = %.3f
                  similarity: lowest copy %.2f, highest decoy %.2f
                  fingerprint                 %.3f ms per proposal
                  lookup among %d            %.2f ms (%d hits)
                """, texts.size(), n, TOPICS.length, copies, TextFingerprint.SHINGLE, TextFingerprint.HASHES, Duplicates.THRESHOLD,
                found, truePairs.size(), found / (double) truePairs.size(), falselyFlagged.size(), clean,
                falselyFlagged.size() / (double) clean, found, flaggedPairs.size(),
                flaggedPairs.isEmpty() ? 1.0 : found / (double) flaggedPairs.size(), minCopy, maxDecoy, fingerprintMs, scale,
                lookupMs, hits);
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Title, abstract and five answers of 60-120 words each, from the topic's words, common words and stock phrases. */
    private static String proposal(Random random, int topic, int i) {
        StringBuilder b = new StringBuilder();
        b.append(word(random, topic)).append(' ').append(word(random, topic)).append(" ").append(i).append("\n\n");
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            int words = 60 + random.nextInt(61);
            for (int w = 0; w < words; w++) {
                b.append(random.nextInt(3) == 0 ? word(random, topic) : COMMON[random.nextInt(COMMON.length)]);
                b.append(w % 14 == 13 ? ". " : " ");
            }
            if (random.nextInt(2) == 0) {
                b.append(STOCK[random.nextInt(STOCK.length)]);
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    private static String word(Random random, int topic) {
        return TOPICS[topic][random.nextInt(TOPICS[topic].length)];
    }

    /** Paragraphs reordered, 10-20 % of the words replaced, a new title, a paragraph of boilerplate added. */
    private static String nearCopy(Random random, String text, int topic) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        paragraphs.removeFirst();
        Collections.shuffle(paragraphs, random);
        double changed = 0.10 + random.nextDouble() * 0.10;
        StringBuilder b = new StringBuilder("Nuovo titolo " + word(random, topic) + "\n\n");
        for (String p : paragraphs) {
            for (String w : p.split(" ")) {
                b.append(random.nextDouble() < changed ? (random.nextBoolean() ? word(random, topic) : COMMON[random.nextInt(COMMON.length)]) : w)
                        .append(' ');
            }
            b.append("\n\n");
        }
        return b.append(BOILERPLATE[random.nextInt(BOILERPLATE.length)]).toString();
    }
}
