package it.convergo.evaluation.questions;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes identifying terms (names, e-mail addresses, organisation) from free text before it reaches a reader
 * who must not learn them: the panel in blind challenges, the applicant for the evaluators' names.
 */
final class Redaction {

    static final String MARK = "[…]";
    static final Redaction NONE = new Redaction(List.of());

    private final List<Pattern> patterns;

    private Redaction(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** Longest terms first, so a full name goes before a part of it; terms under three letters are too risky to cut. */
    static Redaction of(Collection<String> terms) {
        return new Redaction(terms.stream().filter(t -> t != null && t.strip().length() >= 3).map(String::strip)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> Pattern.compile(Pattern.quote(t), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList());
    }

    String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(MARK);
        }
        return out;
    }
}
