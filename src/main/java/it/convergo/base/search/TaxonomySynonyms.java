package it.convergo.base.search;

import it.convergo.base.TechnologyArea;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words people use for each technology area of the shared taxonomy, in Italian and English. A search for any
 * of them finds the others ("stampa 3D" finds "additive manufacturing"); matchmaking explains a match with them.
 */
public final class TaxonomySynonyms {

    private static final Map<TechnologyArea, List<String>> TERMS = new EnumMap<>(TechnologyArea.class);

    static {
        put(TechnologyArea.ADDITIVE_MANUFACTURING, "additive manufacturing", "manifattura additiva",
                "fabbricazione additiva", "stampa 3d", "3d printing", "stampa tridimensionale");
        put(TechnologyArea.INDUSTRIAL_IOT, "industrial iot", "iot industriale", "internet of things",
                "internet delle cose", "sensori connessi", "connected sensors");
        put(TechnologyArea.ROBOTICS, "robotics", "robotica", "cobot", "collaborative robot", "robot collaborativo");
        put(TechnologyArea.AI_MACHINE_LEARNING, "artificial intelligence", "intelligenza artificiale",
                "machine learning", "apprendimento automatico", "deep learning");
        put(TechnologyArea.DIGITAL_TWIN, "digital twin", "gemello digitale", "virtual commissioning",
                "messa in servizio virtuale");
        put(TechnologyArea.CYBERSECURITY, "cybersecurity", "sicurezza informatica", "cyber security",
                "sicurezza ot", "ot security");
        put(TechnologyArea.ADVANCED_MATERIALS, "advanced materials", "materiali avanzati", "nanomaterials",
                "nanomateriali", "compositi", "composites");
        put(TechnologyArea.ENERGY_EFFICIENCY, "energy efficiency", "efficienza energetica", "risparmio energetico",
                "energy saving", "recupero di calore", "heat recovery");
        put(TechnologyArea.CIRCULAR_ECONOMY, "circular economy", "economia circolare", "riciclo", "recycling",
                "riuso degli scarti", "waste reuse");
        put(TechnologyArea.LOGISTICS, "logistics", "logistica", "intralogistica", "intralogistics",
                "supply chain", "catena di fornitura");
        put(TechnologyArea.QUALITY_INSPECTION, "quality inspection", "controllo qualita", "ispezione visiva",
                "visual inspection", "machine vision", "visione artificiale");
        put(TechnologyArea.AUTOMOTIVE_MOBILITY, "automotive", "mobilita elettrica", "electric mobility",
                "e-mobility", "veicoli elettrici", "electric vehicles");
        put(TechnologyArea.AGRIFOOD, "agrifood", "agroalimentare", "agritech", "agricoltura di precisione",
                "precision farming", "food processing");
        put(TechnologyArea.BIOTECH_HEALTH, "biotech", "biotecnologie", "life sciences", "scienze della vita",
                "medical devices", "dispositivi medici");
    }

    private TaxonomySynonyms() {
    }

    private static void put(TechnologyArea area, String... terms) {
        TERMS.put(area, List.of(terms));
    }

    /** The terms of one area, lower case, accents removed (as the analysers see them). */
    public static List<String> terms(TechnologyArea area) {
        return TERMS.getOrDefault(area, List.of());
    }

    /** Every area's terms: each list is one group of equivalent phrases. */
    public static Map<TechnologyArea, List<String>> all() {
        return Collections.unmodifiableMap(TERMS);
    }

    /** The areas whose terms occur in a text (matched on folded words, as the index does). */
    public static List<TechnologyArea> areasIn(String text) {
        String folded = " " + fold(text).replaceAll("[^a-z0-9]+", " ") + " ";
        List<TechnologyArea> found = new ArrayList<>();
        TERMS.forEach((area, terms) -> {
            if (terms.stream().anyMatch(t -> folded.contains(" " + fold(t).replaceAll("[^a-z0-9]+", " ") + " "))) {
                found.add(area);
            }
        });
        return found;
    }

    /** Lower case without accents, as the analysers fold text. */
    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
