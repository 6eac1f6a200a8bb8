package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.OrganisationType;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The public catalogue and a challenge's page: what visitors find, filtered, and what they never see. */
class CatalogueTest extends FirmDraftTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    ChallengeFiles files;

    @Test
    void draftsAreInvisibleToEveryoneButTheFirm() {
        String slug = challenges.view(id).slug();
        assertThat(catalogue.bySlug(slug)).isPresent();
        fixtures.signIn(fixtures.applicant());
        assertThat(catalogue.bySlug(slug)).isEmpty();
        assertThat(files.brief(id)).isEmpty();
        fixtures.signOut();
        assertThat(catalogue.bySlug(slug)).isEmpty();
    }

    @Test
    void theCatalogueFiltersSearchesAndPages() {
        publishing.publish(id, editor.draft(id).getVersion());
        String title = challenges.view(id).title();
        fixtures.signOut();
        CatalogueFilter byTitle = new CatalogueFilter(title, Set.of(CatalogueFilter.Phase.UPCOMING), null, null, null,
                null, null, CatalogueFilter.Sort.NEWEST);
        assertThat(catalogue.catalogue(byTitle, PageRequest.of(0, 5))).extracting(ChallengeCard::id).containsExactly(id);
        assertThat(catalogue.countCatalogue(new CatalogueFilter(title, Set.of(CatalogueFilter.Phase.OPEN), null, null,
                null, null, null, null))).as("not open yet").isZero();
        assertThat(catalogue.countCatalogue(new CatalogueFilter(title, Set.of(), Sector.MECHANICAL_ENGINEERING,
                it.convergo.base.TechnologyArea.ROBOTICS, RewardType.PILOT_CONTRACT, OrganisationType.STARTUP,
                LocalDate.now().plusDays(40), CatalogueFilter.Sort.TITLE))).isEqualTo(1);
        assertThat(catalogue.countCatalogue(new CatalogueFilter(title, Set.of(), Sector.AUTOMOTIVE, null, null, null, null, null))).isZero();
        assertThat(catalogue.countCatalogue(new CatalogueFilter(title, Set.of(), null, it.convergo.base.TechnologyArea.BIOTECH_HEALTH,
                null, null, null, null))).isZero();
        assertThat(catalogue.countCatalogue(new CatalogueFilter(title, Set.of(), null, null, RewardType.MENTORING, null, null, null))).isZero();
        assertThat(catalogue.countCatalogue(new CatalogueFilter(title, Set.of(), null, null, null, null,
                LocalDate.now().plusDays(5), null))).isZero();
    }
}
