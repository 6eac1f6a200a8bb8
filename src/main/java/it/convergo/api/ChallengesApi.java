package it.convergo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.CatalogueFilter;
import it.convergo.challenge.ChallengeCard;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Sector;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue: what the catalogue page shows to this caller (anonymous callers: public challenges). */
@RestController
@RequestMapping("/api/challenges")
@Tag(name = "Challenges", description = "The public catalogue; no token needed")
class ChallengesApi {

    private final Catalogue catalogue;

    ChallengesApi(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Open and upcoming challenges, closing soonest first")
    List<Summary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return catalogue.catalogue(CatalogueFilter.openAndUpcoming(), ApiPages.of(page, size)).stream()
                .map(Summary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One challenge as its public page shows it")
    Detail one(@PathVariable long id) {
        return catalogue.byId(id).map(Detail::of).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** One challenge of the catalogue. */
    record Summary(long id, String slug, String title, String summary, ChallengeStatus status, Sector sector,
                   String firmName, Instant opensAt, Instant closesAt, BigDecimal rewardTotal, String language) {

        static Summary of(ChallengeCard c) {
            return new Summary(c.id(), c.slug(), c.title(), c.summary(), c.status(), c.sector(), c.firmName(),
                    c.opensAt(), c.closesAt(), c.rewardTotal(), c.language());
        }
    }

    /** A challenge's public page; the texts as safe HTML. */
    record Detail(long id, String slug, String title, String summary, ChallengeStatus status, Sector sector,
                  String firmName, String language, String descriptionHtml, String problemHtml,
                  String expectedOutcomeHtml, int trlMin, int trlMax, boolean ndaRequired, Instant opensAt,
                  Instant closesAt, Instant resultsAt) {

        static Detail of(ChallengeView c) {
            return new Detail(c.id(), c.slug(), c.title(), c.summary(), c.status(), c.sector(), c.firmName(),
                    c.language(), c.descriptionHtml(), c.problemHtml(), c.expectedOutcomeHtml(), c.trlMin(), c.trlMax(),
                    c.ndaRequired(), c.opensAt(), c.closesAt(), c.resultsAt());
        }
    }
}
