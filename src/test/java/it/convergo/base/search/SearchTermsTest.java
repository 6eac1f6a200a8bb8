package it.convergo.base.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words two texts are said to share: by stem, in either language, never a stop word of either. */
class SearchTermsTest {

    @Test
    void sharedWordsMeetByStemInEitherLanguageAndNeverAsStopWords() {
        Set<String> challenge = SearchTerms.stems("Sensors for the press lines: energy per stampaggio");
        assertThat(SearchTerms.shared("We find where a press line wastes energy, for the plant, per lo stampaggio",
                challenge, 10))
                .contains("press", "line", "energy", "stampaggio")
                .doesNotContain("for", "the", "per", "where");
    }
}
