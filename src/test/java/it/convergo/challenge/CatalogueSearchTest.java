package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.base.search.SearchIndex;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The catalogue's words go to the search engine: Italian and English stems, accents, the taxonomy's synonyms,
 * every word required, and the same visibility rules as without words.
 */
class CatalogueSearchTest extends FirmDraftTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    SearchIndex index;

    private long publishedWith(String title, String summary) {
        ChallengeDraft d = fixtures.completeDraft(title);
        d.setSummary(summary);
        long challenge = editor.save(d);
        publishing.publish(challenge, editor.draft(challenge).getVersion());
        return challenge;
    }

    private Set<Long> found(String words) {
        CatalogueFilter filter = new CatalogueFilter(words, Set.of(CatalogueFilter.Phase.UPCOMING), null, null, null,
                null, null, null);
        return catalogue.catalogue(filter, PageRequest.of(0, 50)).stream().map(ChallengeCard::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void synonymsStemsAndAccentsFindTheChallenge() {
        String tag = Long.toString(System.nanoTime(), 36);
        long printing = publishedWith("Ricambi in additive manufacturing " + tag,
                "Produrre ricambi per le presse con la manifattura additiva");
        long quality = publishedWith("Controllo qualità delle piastrelle " + tag, "Difetti di smaltatura visti dalle telecamere");
        fixtures.signOut();

        assertThat(found("stampa 3D " + tag)).as("Italian synonym of the taxonomy").containsExactly(printing);
        assertThat(found("3d printing " + tag)).containsExactly(printing);
        assertThat(found("qualita " + tag)).as("accents folded").containsExactly(quality);
        assertThat(found("piastrella " + tag)).as("Italian stem").containsExactly(quality);
        assertThat(found("telecamera difetto " + tag)).containsExactly(quality);
        assertThat(found("stampa 3D piastrelle " + tag)).as("every word must match").isEmpty();
        assertThat(catalogue.countCatalogue(new CatalogueFilter(tag, Set.of(CatalogueFilter.Phase.UPCOMING), null,
                null, null, null, null, CatalogueFilter.Sort.TITLE))).isEqualTo(2);
        assertThat(catalogue.catalogue(new CatalogueFilter(tag, Set.of(CatalogueFilter.Phase.UPCOMING), null, null,
                null, null, null, CatalogueFilter.Sort.TITLE), PageRequest.of(0, 5))).extracting(ChallengeCard::id)
                .containsExactly(quality, printing);
        assertThat(index.documents()).isPositive();
    }

    @Test
    void draftsAndInviteOnlyChallengesStayHidden() {
        String tag = Long.toString(System.nanoTime(), 36);
        ChallengeDraft invited = fixtures.completeDraft("Segreto " + tag);
        invited.setVisibility(Visibility.INVITE_ONLY);
        long hidden = editor.save(invited);
        fixtures.draft("Bozza " + tag);
        fixtures.signOut();
        assertThat(found(tag)).doesNotContain(hidden).isEmpty();
    }
}
