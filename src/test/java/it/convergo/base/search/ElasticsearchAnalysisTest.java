package it.convergo.base.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

/**
 * {@link ElasticsearchAnalysis} without a cluster: what it declares is recorded through the configurer's own
 * interfaces, then rebuilt from the Lucene classes the cluster's built-in components wrap, and must produce the same
 * tokens as the embedded backend's analysers ({@link SearchAnalysis}).
 */
class ElasticsearchAnalysisTest {

    private final Map<String, Component> declared = record(new ElasticsearchAnalysis());

    /** A name added to SearchAnalysis for the embedded index fails here until the cluster has it too. */
    @Test
    void everyAnalyserAndNormaliserTheMappingNamesIsDeclared() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : SearchAnalysis.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        assertThat(names).contains(SearchAnalysis.ITALIAN, SearchAnalysis.SORT);
        for (String name : names) {
            Component component = declared.getOrDefault("analyzer:" + name, declared.get("normalizer:" + name));
            assertThat(component).as("no Elasticsearch definition of " + name).isNotNull();
            assertThat(component.custom).as(name).isTrue();
        }
    }

    @Test
    void eachAnalyserHasItsLanguagesFiltersAndOnlyTheQueryOnesHaveSynonyms() {
        assertThat(filters("analyzer:italian")).containsExactly(
                "italian_elision", "lowercase", "asciifolding", "italian_stop", "italian_stemmer");
        assertThat(filters("analyzer:italian_query")).containsExactly(
                "italian_elision", "lowercase", "asciifolding", "italian_stop", "italian_synonyms", "italian_stemmer");
        assertThat(filters("analyzer:english")).containsExactly(
                "english_possessive", "lowercase", "asciifolding", "english_stop", "porter_stem");
        assertThat(filters("analyzer:english_query")).containsExactly(
                "english_possessive", "lowercase", "asciifolding", "english_stop", "english_synonyms", "porter_stem");
        assertThat(filters("normalizer:sort")).containsExactly("lowercase", "asciifolding");
        for (String analyzer : List.of("italian", "italian_query", "english", "english_query")) {
            assertThat(declared.get("analyzer:" + analyzer).tokenizer).isEqualTo("standard");
        }

        assertThat(filter("italian_stop").params).containsEntry("stopwords", "_italian_");
        assertThat(filter("english_stop").params).containsEntry("stopwords", "_english_");
        assertThat(filter("italian_stemmer").params).containsEntry("language", "light_italian");
        assertThat(filter("english_possessive").params).containsEntry("language", "possessive_english");
        assertThat(filter("italian_elision").params).containsEntry("articles_case", true);
        assertThat(strings(filter("italian_elision").params.get("articles"))).contains("l", "dell", "un");
    }

    @Test
    void theSynonymFiltersHaveOneRulePerAreaWithThePhrasesOfBothLanguages() {
        for (String name : List.of("italian_synonyms", "english_synonyms")) {
            Component synonyms = filter(name);
            assertThat(synonyms.type).isEqualTo("synonym_graph");
            List<String> rules = strings(synonyms.params.get("synonyms"));
            assertThat(rules).as(name).hasSize(TaxonomySynonyms.all().size());
            assertThat(rules).as(name).contains("additive manufacturing, manifattura additiva, fabbricazione additiva, "
                    + "stampa 3d, 3d printing, stampa tridimensionale");
        }
        // stop words are left out as the Lucene chain leaves them out, in each language's own way
        assertThat(strings(filter("italian_synonyms").params.get("synonyms")))
                .anyMatch(rule -> rule.contains("recupero calore, heat recovery"))
                .anyMatch(rule -> rule.contains("internet of things, internet cose"));
        assertThat(strings(filter("english_synonyms").params.get("synonyms")))
                .anyMatch(rule -> rule.contains("recupero di calore, heat recovery"))
                .anyMatch(rule -> rule.contains("internet things, internet delle cose"));
        assertThat(declared.values()).filteredOn(c -> "synonym_graph".equals(c.type)).hasSize(2);
    }

    @Test
    void theClustersChainsGiveTheSameTokensAsTheEmbeddedOnes() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "L'azienda fa Stampa 3D e additive manufacturing dell'acciaio",
                "Recupero di calore nell'industria: qualità ed efficienza energetica",
                "The company's Internet of Things sensors and machine vision",
                "e-mobility, veicoli elettrici e sicurezza informatica per l'OT",
                "Gemello digitale e messa in servizio virtuale delle linee"));
        TaxonomySynonyms.all().values().forEach(texts::addAll);
        Map<String, Analyzer> embedded = Map.of(
                "italian", TextAnalyzers.italian(false), "italian_query", TextAnalyzers.italian(true),
                "english", TextAnalyzers.english(false), "english_query", TextAnalyzers.english(true));
        for (Map.Entry<String, Analyzer> analyser : embedded.entrySet()) {
            try (Analyzer cluster = rebuilt(filters("analyzer:" + analyser.getKey()))) {
                for (String text : texts) {
                    assertThat(tokens(cluster, text)).as(analyser.getKey() + ": " + text)
                            .isEqualTo(tokens(analyser.getValue(), text));
                }
            }
        }
    }

    @Test
    void aQueryForOneLanguagesPhraseFindsTheOtherLanguagesPhrase() throws IOException {
        try (Analyzer query = rebuilt(filters("analyzer:italian_query"));
             Analyzer index = rebuilt(filters("analyzer:italian"))) {
            assertThat(terms(query, "stampa 3D")).containsAll(terms(index, "additive manufacturing"));
        }
    }

    // --- the recorder: every declaration and the calls chained on it ---

    /** One declared analyser, normaliser or filter. */
    static final class Component {
        boolean custom;
        String type;
        String tokenizer;
        List<String> tokenFilters = List.of();
        final Map<String, Object> params = new LinkedHashMap<>();
    }

    private static Map<String, Component> record(ElasticsearchAnalysis configurer) {
        Map<String, Component> declared = new LinkedHashMap<>();
        ElasticsearchAnalysisConfigurationContext context = (ElasticsearchAnalysisConfigurationContext) Proxy.newProxyInstance(
                ElasticsearchAnalysisTest.class.getClassLoader(), new Class<?>[] {ElasticsearchAnalysisConfigurationContext.class},
                (proxy, method, args) -> {
                    Component component = new Component();
                    Object previous = declared.put(method.getName() + ":" + args[0], component);
                    assertThat(previous).as("declared twice: " + method.getName() + " " + args[0]).isNull();
                    return step(method.getReturnType(), component);
                });
        configurer.configure(context);
        return declared;
    }

    private static Object step(Class<?> type, Component component) {
        return Proxy.newProxyInstance(ElasticsearchAnalysisTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "custom" -> component.custom = true;
                        case "type" -> component.type = (String) args[0];
                        case "tokenizer" -> component.tokenizer = (String) args[0];
                        case "tokenFilters" -> component.tokenFilters = List.of((String[]) args[0]);
                        case "param" -> component.params.put((String) args[0], args[1] instanceof Object[] values
                                ? Arrays.asList(values) : args[1]);
                        default -> throw new AssertionError("not recorded: " + method);
                    }
                    return step(method.getReturnType(), component);
                });
    }

    private static List<String> strings(Object values) {
        assertThat(values).isInstanceOf(List.class);
        return ((List<?>) values).stream().map(String.class::cast).toList();
    }

    private List<String> filters(String key) {
        assertThat(declared).containsKey(key);
        return declared.get(key).tokenFilters;
    }

    private Component filter(String name) {
        assertThat(declared).containsKey("tokenFilter:" + name);
        return declared.get("tokenFilter:" + name);
    }

    // --- the declared chains rebuilt from the Lucene classes the cluster's built-in components use ---

    private Analyzer rebuilt(List<String> filterNames) {
        List<UnaryOperator<TokenStream>> chain = new ArrayList<>();
        for (String name : filterNames) {
            chain.add(filterLike(name, List.copyOf(chain)));
        }
        return chain(chain);
    }

    private UnaryOperator<TokenStream> filterLike(String name, List<UnaryOperator<TokenStream>> before) {
        switch (name) {
            case "lowercase" -> {
                return LowerCaseFilter::new;
            }
            case "asciifolding" -> {
                return ASCIIFoldingFilter::new;
            }
            case "porter_stem" -> {
                return PorterStemFilter::new;
            }
            default -> {
                // a built-in name declared again would be shadowed: every other name must be declared here
                Component filter = filter(name);
                return switch (filter.type) {
                    case "elision" -> {
                        CharArraySet articles = new CharArraySet((List<?>) filter.params.get("articles"),
                                Boolean.TRUE.equals(filter.params.get("articles_case")));
                        yield s -> new ElisionFilter(s, articles);
                    }
                    case "stop" -> {
                        CharArraySet words = switch ((String) filter.params.get("stopwords")) {
                            case "_italian_" -> ItalianAnalyzer.getDefaultStopSet();
                            case "_english_" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
                            default -> throw new AssertionError(filter.params);
                        };
                        yield s -> new StopFilter(s, words);
                    }
                    case "stemmer" -> switch ((String) filter.params.get("language")) {
                        case "light_italian" -> ItalianLightStemFilter::new;
                        case "possessive_english" -> EnglishPossessiveFilter::new;
                        default -> throw new AssertionError(filter.params);
                    };
                    case "synonym_graph" -> {
                        SynonymMap map = synonymMap((List<?>) filter.params.get("synonyms"), before);
                        yield s -> new SynonymGraphFilter(s, map, false);
                    }
                    default -> throw new AssertionError("no Lucene equivalent written for " + filter.type);
                };
            }
        }
    }

    /** As the cluster parses rules: Solr format, expanded, each phrase analysed by the filters before this one. */
    private static SynonymMap synonymMap(List<?> rules, List<UnaryOperator<TokenStream>> before) {
        try (Analyzer analyser = chain(before)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyser);
            parser.parse(new StringReader(String.join("\n", rules.stream().map(Object::toString).toList())));
            return parser.build();
        } catch (IOException | java.text.ParseException e) {
            throw new AssertionError("a rule the cluster would refuse", e);
        }
    }

    private static Analyzer chain(List<UnaryOperator<TokenStream>> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = source;
                for (UnaryOperator<TokenStream> filter : filters) {
                    stream = filter.apply(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Terms with their graph positions, so synonyms of several words compare too. */
    private static List<String> tokens(Analyzer analyser, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyser.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "+" + increment.getPositionIncrement() + "/" + length.getPositionLength());
            }
            stream.end();
        }
        return tokens;
    }

    private static List<String> terms(Analyzer analyser, String text) throws IOException {
        return tokens(analyser, text).stream().map(t -> t.substring(0, t.indexOf('+'))).toList();
    }
}
