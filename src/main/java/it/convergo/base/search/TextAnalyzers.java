package it.convergo.base.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The Italian and English analysers. Both fold case and accents ("qualità" = "qualita"), drop stop words and stem;
 * the query side also expands the taxonomy's synonyms before stemming, so an index never needs rebuilding when a
 * synonym is added. The synonym phrases go through the same chain as the text, so they match what it produces.
 */
final class TextAnalyzers {

    /** Italian elided articles and prepositions (l', dell', un' ...); the Elasticsearch chain lists them too. */
    static final List<String> ELISION_ARTICLES = List.of("c", "l", "all", "dall", "dell", "nell",
            "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d");

    private static final CharArraySet ELISIONS = new CharArraySet(ELISION_ARTICLES, true);

    private TextAnalyzers() {
    }

    static Analyzer italian(boolean query) {
        return new Chain(Language.IT, query ? synonyms(Language.IT) : null);
    }

    static Analyzer english(boolean query) {
        return new Chain(Language.EN, query ? synonyms(Language.EN) : null);
    }

    enum Language { IT, EN }

    /** Everything before stemming: what synonym phrases are matched against. */
    private static TokenStream normalise(Language language, Tokenizer source) {
        TokenStream stream = language == Language.IT ? new ElisionFilter(source, ELISIONS) : new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new StopFilter(stream, language == Language.IT ? ItalianAnalyzer.getDefaultStopSet()
                : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    private static SynonymMap synonyms(Language language) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (List<String> group : synonymGroups(language)) {
                List<CharsRef> phrases = group.stream()
                        .map(p -> SynonymMap.Builder.join(p.split(" "), new CharsRefBuilder())).toList();
                for (CharsRef from : phrases) {
                    for (CharsRef to : phrases) {
                        if (!from.equals(to)) {
                            builder.add(from, to, true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each area's phrases as the normalised words the index sees (stop words left out), joined by spaces; phrases
     * that normalise to nothing or to another phrase of the group are dropped. The Elasticsearch rules are these.
     */
    static List<List<String>> synonymGroups(Language language) {
        Analyzer normaliser = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, normalise(language, source));
            }
        };
        try (normaliser) {
            return TaxonomySynonyms.all().values().stream()
                    .map(group -> group.stream().map(p -> words(p, normaliser)).filter(p -> !p.isEmpty())
                            .distinct().toList())
                    .toList();
        }
    }

    private static String words(String phrase, Analyzer normaliser) {
        StringBuilder joined = new StringBuilder();
        try (TokenStream stream = normaliser.tokenStream("", phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(term.buffer(), 0, term.length());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return joined.toString();
    }

    private static final class Chain extends Analyzer {
        private final Language language;
        private final SynonymMap synonyms;

        Chain(Language language, SynonymMap synonyms) {
            this.language = language;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = normalise(language, source);
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            stream = language == Language.IT ? new ItalianLightStemFilter(stream) : new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
