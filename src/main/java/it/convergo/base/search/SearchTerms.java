package it.convergo.base.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Texts as the index sees them (stems of both languages), to explain a match in words a person recognises: the
 * words of one text whose stems also occur in another.
 */
public final class SearchTerms {

    private static final Analyzer ITALIAN = TextAnalyzers.italian(false);
    private static final Analyzer ENGLISH = TextAnalyzers.english(false);

    private SearchTerms() {
    }

    /** The stems of a text under both analysers. */
    public static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        collect(ITALIAN, text, stems);
        collect(ENGLISH, text, stems);
        return stems;
    }

    /**
     * Words of {@code text} (as written, lower case) whose stems are among {@code stems}, at most {@code max}; stop
     * words of either language are never shown as shared.
     */
    public static List<String> shared(String text, Set<String> stems, int max) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : (text == null ? "" : text).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && words.size() < max) {
                Set<String> italian = new LinkedHashSet<>();
                Set<String> english = new LinkedHashSet<>();
                collect(ITALIAN, word, italian);
                collect(ENGLISH, word, english);
                // a stop word of either language ("for", "per", "the") says nothing about what two texts share
                if (!italian.isEmpty() && !english.isEmpty()
                        && (italian.stream().anyMatch(stems::contains) || english.stream().anyMatch(stems::contains))) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    private static void collect(Analyzer analyzer, String text, Set<String> into) {
        try (TokenStream stream = analyzer.tokenStream("", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
