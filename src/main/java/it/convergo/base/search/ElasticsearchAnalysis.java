package it.convergo.base.search;

import it.convergo.base.search.TextAnalyzers.Language;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link SearchAnalysis} for an Elasticsearch or OpenSearch cluster (the configurer of the
 * {@code elasticsearch} profile, docs/network.md), built from the engine's own components in the order
 * {@link TextAnalyzers} chains them in Lucene, so the same mapping finds the same things on either backend.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String ITALIAN_ELISION = "italian_elision";
    static final String ITALIAN_STOP = "italian_stop";
    static final String ITALIAN_SYNONYMS = "italian_synonyms";
    static final String ITALIAN_STEMMER = "italian_stemmer";
    static final String ENGLISH_POSSESSIVE = "english_possessive";
    static final String ENGLISH_STOP = "english_stop";
    static final String ENGLISH_SYNONYMS = "english_synonyms";
    static final String ENGLISH_STEMMER = "porter_stem";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(ITALIAN_ELISION).type("elision")
                .param("articles", TextAnalyzers.ELISION_ARTICLES.toArray(String[]::new))
                .param("articles_case", true);
        context.tokenFilter(ITALIAN_STOP).type("stop").param("stopwords", "_italian_");
        context.tokenFilter(ITALIAN_SYNONYMS).type("synonym_graph").param("synonyms", rules(Language.IT));
        context.tokenFilter(ITALIAN_STEMMER).type("stemmer").param("language", "light_italian");
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(ENGLISH_STOP).type("stop").param("stopwords", "_english_");
        context.tokenFilter(ENGLISH_SYNONYMS).type("synonym_graph").param("synonyms", rules(Language.EN));

        List<String> italian = List.of(ITALIAN_ELISION, "lowercase", "asciifolding", ITALIAN_STOP);
        List<String> english = List.of(ENGLISH_POSSESSIVE, "lowercase", "asciifolding", ENGLISH_STOP);
        analyzer(context, SearchAnalysis.ITALIAN, italian, ITALIAN_STEMMER);
        analyzer(context, SearchAnalysis.ITALIAN_QUERY, italian, ITALIAN_SYNONYMS, ITALIAN_STEMMER);
        analyzer(context, SearchAnalysis.ENGLISH, english, ENGLISH_STEMMER);
        analyzer(context, SearchAnalysis.ENGLISH_QUERY, english, ENGLISH_SYNONYMS, ENGLISH_STEMMER);
        context.normalizer(SearchAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }

    private static void analyzer(ElasticsearchAnalysisConfigurationContext context, String name,
                                 List<String> normalise, String... then) {
        context.analyzer(name).custom().tokenizer("standard")
                .tokenFilters(Stream.concat(normalise.stream(), Stream.of(then)).toArray(String[]::new));
    }

    /**
     * One rule per area, its phrases joined by commas (equivalent, expanded both ways). The phrases are already
     * normalised as in Lucene: the cluster parses a rule with the filters before the synonym one, and refuses a
     * rule in which the stop filter leaves a hole ("recupero di calore" is written "recupero calore").
     */
    static String[] rules(Language language) {
        return TextAnalyzers.synonymGroups(language).stream()
                .filter(group -> group.size() > 1)
                .map(group -> String.join(", ", group))
                .toArray(String[]::new);
    }
}
