package it.convergo.challenge;

import it.convergo.account.Organisations;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A stored challenge as it is published: Markdown rendered to safe HTML, the firm's name, its files' facts. */
@Component
class ChallengeViews {

    private final ChallengeFileRepository files;
    private final Organisations organisations;

    ChallengeViews(ChallengeFileRepository files, Organisations organisations) {
        this.files = files;
        this.organisations = organisations;
    }

    ChallengeView of(Challenge c) {
        ChallengeView.FileInfo brief = files.briefInfo(c.getId()).orElse(null);
        return new ChallengeView(c.getId(), c.slug, c.status, c.firmId, organisations.name(c.firmId).orElse(""),
                c.language, c.title, DraftMapping.nullToEmpty(c.summary), Markdown.toSafeHtml(c.description),
                Markdown.toSafeHtml(c.problem), Markdown.toSafeHtml(c.expectedOutcome), c.sector,
                c.areas.isEmpty() ? Set.of() : EnumSet.copyOf(c.areas), c.trlMin, c.trlMax, c.eligibility(),
                c.rewards.stream().map(Challenge.Reward::def).toList(), c.ipTerms, c.ndaRequired, c.ndaVersion,
                c.visibility, c.opensAt, c.closesAt, c.evaluationEndsAt, c.resultsAt, c.evaluation(), c.form(), brief,
                files.hasCover(c.getId()), c.getVersion(), c.retentionMonths, c.stages(), c.appealDays);
    }
}
