package it.convergo.challenge;

import it.convergo.base.TechnologyArea;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything published about a challenge, read-only. Markdown fields come already rendered to safe HTML.
 * The proposals and evaluation features read eligibility, NDA, form and evaluation set-up from here;
 * {@code retentionMonths}: months after the results' publication before the content of proposals not selected
 * is deleted (null: kept); {@code appealDays}: days after the publication in which an applicant may appeal
 * (0: no appeals).
 */
public record ChallengeView(long id, String slug, ChallengeStatus status, long firmId, String firmName, String language,
                            String title, String summary, String descriptionHtml, String problemHtml,
                            String expectedOutcomeHtml, Sector sector, Set<TechnologyArea> areas, int trlMin, int trlMax,
                            Eligibility eligibility, List<RewardDef> rewards, IpTerms ipTerms, boolean ndaRequired,
                            int ndaVersion, Visibility visibility, Instant opensAt, Instant closesAt,
                            Instant evaluationEndsAt, Instant resultsAt, EvaluationSetup evaluation, FormDefinition form,
                            FileInfo brief, boolean hasCover, long version,
                            Integer retentionMonths, StagePlan stages, int appealDays) {

    /** The part of this view that editing and submitting a proposal need. */
    public ChallengeRules rules() {
        return new ChallengeRules(id, status, title, language, ndaRequired, opensAt, closesAt, form, stages);
    }

    /** Name, size and page count of an uploaded file. */
    public record FileInfo(String fileName, long sizeBytes, Integer pages) {
    }
}
