package it.convergo.challenge;

import it.convergo.base.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/** Copies between the firm's editable draft and the stored challenge (dates as Europe/Rome wall clock). */
final class DraftMapping {

    private DraftMapping() {
    }

    /** Writes every field of the draft (a draft challenge can change freely); the opening and closing too if asked. */
    static void apply(ChallengeDraft d, Challenge c, boolean datesToo) {
        c.language = "en".equals(d.getLanguage()) ? "en" : "it";
        c.title = d.getTitle().trim();
        c.summary = trimToNull(d.getSummary());
        c.description = trimToNull(d.getDescription());
        c.problem = trimToNull(d.getProblem());
        c.expectedOutcome = trimToNull(d.getExpectedOutcome());
        c.sector = d.getSector();
        replace(c.areas, d.getAreas());
        c.trlMin = d.getTrlMin();
        c.trlMax = d.getTrlMax();
        replace(c.eligibleTypes, d.getEligibleTypes());
        c.eligibleCountries = String.join(",", ChallengeValidation.countries(d.getEligibleCountries()));
        replace(c.eligibleRegions, d.getEligibleRegions());
        c.maxSize = d.getMaxSize();
        c.consortiaAllowed = d.isConsortiaAllowed();
        c.rewards.clear();
        d.getRewards().forEach(r -> c.rewards.add(new Challenge.Reward(r)));
        c.ipTerms = d.getIpTerms() == null ? IpTerms.TO_BE_NEGOTIATED : d.getIpTerms();
        c.ndaRequired = d.isNdaRequired();
        c.retentionMonths = d.getRetentionMonths();
        c.appealDays = d.getAppealDays();
        c.ndaText = trimToNull(d.getNdaText());
        c.visibility = d.getVisibility() == null ? Visibility.PUBLIC : d.getVisibility();
        replace(c.invitedOrganisations, d.getInvitedOrganisations());
        c.accessCode = trimToNull(d.getAccessCode());
        if (datesToo) {
            c.opensAt = ChallengeValidation.rome(d.getOpensAt());
            c.closesAt = ChallengeValidation.rome(d.getClosesAt());
            // the stage mode and the outline deadline are fixed at publication, like the opening
            c.twoStage = d.isTwoStage();
            c.outlineClosesAt = d.isTwoStage() ? ChallengeValidation.rome(d.getOutlineClosesAt()) : null;
        }
        c.evaluationEndsAt = ChallengeValidation.rome(d.getEvaluationEndsAt());
        c.resultsAt = ChallengeValidation.rome(d.getResultsAt());
        applyPromises(d, c);
    }

    /** Criteria, evaluation set-up and application form: what applicants rely on once they submit. */
    private static void applyPromises(ChallengeDraft d, Challenge c) {
        c.criteria.clear();
        d.getCriteria().forEach(x -> c.criteria.add(new Challenge.Criterion(x)));
        c.overallThreshold = d.getOverallThreshold();
        c.evaluatorsPerProposal = d.getEvaluatorsPerProposal();
        c.blindEvaluation = d.isBlindEvaluation();
        c.divergenceThreshold = d.getDivergenceThreshold();
        c.titleMax = d.getTitleMax();
        c.acronymMax = d.getAcronymMax();
        c.abstractMax = d.getAbstractMax();
        c.budgetMax = d.getBudgetMax();
        c.questions.clear();
        d.getQuestions().forEach(q -> c.questions.add(new Challenge.Question(q)));
    }

    static ChallengeDraft toDraft(Challenge c) {
        ChallengeDraft d = new ChallengeDraft();
        d.setId(c.getId());
        d.setVersion(c.getVersion());
        d.setLanguage(c.language);
        d.setTitle(c.title);
        d.setSummary(nullToEmpty(c.summary));
        d.setDescription(nullToEmpty(c.description));
        d.setProblem(nullToEmpty(c.problem));
        d.setExpectedOutcome(nullToEmpty(c.expectedOutcome));
        d.setSector(c.sector);
        d.setAreas(new HashSet<>(c.areas));
        d.setTrlMin(c.trlMin);
        d.setTrlMax(c.trlMax);
        d.setEligibleTypes(new HashSet<>(c.eligibleTypes));
        d.setEligibleCountries(nullToEmpty(c.eligibleCountries));
        d.setEligibleRegions(new HashSet<>(c.eligibleRegions));
        d.setMaxSize(c.maxSize);
        d.setConsortiaAllowed(c.consortiaAllowed);
        d.setRewards(new ArrayList<>(c.rewards.stream().map(Challenge.Reward::def).toList()));
        d.setIpTerms(c.ipTerms);
        d.setNdaRequired(c.ndaRequired);
        d.setRetentionMonths(c.retentionMonths);
        d.setAppealDays(c.appealDays);
        d.setNdaText(nullToEmpty(c.ndaText));
        d.setVisibility(c.visibility);
        d.setInvitedOrganisations(new HashSet<>(c.invitedOrganisations));
        d.setAccessCode(nullToEmpty(c.accessCode));
        d.setOpensAt(wallClock(c.opensAt));
        d.setClosesAt(wallClock(c.closesAt));
        d.setEvaluationEndsAt(wallClock(c.evaluationEndsAt));
        d.setResultsAt(wallClock(c.resultsAt));
        d.setTwoStage(c.twoStage);
        d.setOutlineClosesAt(wallClock(c.outlineClosesAt));
        d.setCriteria(new ArrayList<>(c.criteria.stream().map(Challenge.Criterion::def).toList()));
        d.setOverallThreshold(c.overallThreshold);
        d.setEvaluatorsPerProposal(c.evaluatorsPerProposal);
        d.setBlindEvaluation(c.blindEvaluation);
        d.setDivergenceThreshold(c.divergenceThreshold);
        d.setTitleMax(c.titleMax);
        d.setAcronymMax(c.acronymMax);
        d.setAbstractMax(c.abstractMax);
        d.setBudgetMax(c.budgetMax);
        d.setQuestions(new ArrayList<>(c.questions.stream().map(Challenge.Question::def).toList()));
        return d;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    private static LocalDateTime wallClock(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Times.ROME);
    }
}
