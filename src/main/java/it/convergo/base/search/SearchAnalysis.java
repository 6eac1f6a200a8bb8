package it.convergo.base.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the analysers the mappings name (configured as {@code hibernate.search.backend.analysis.configurer}).
 * Text fields are indexed twice, with {@link #ITALIAN} and {@link #ENGLISH}; searches use the query variants,
 * which add the taxonomy's synonyms. {@link #SORT} is the normaliser of sortable keywords.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ITALIAN = "italian";
    public static final String ITALIAN_QUERY = "italian_query";
    public static final String ENGLISH = "english";
    public static final String ENGLISH_QUERY = "english_query";
    public static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ITALIAN).instance(TextAnalyzers.italian(false));
        context.analyzer(ITALIAN_QUERY).instance(TextAnalyzers.italian(true));
        context.analyzer(ENGLISH).instance(TextAnalyzers.english(false));
        context.analyzer(ENGLISH_QUERY).instance(TextAnalyzers.english(true));
        context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
