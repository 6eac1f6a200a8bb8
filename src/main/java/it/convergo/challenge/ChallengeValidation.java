package it.convergo.challenge;

import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a draft must follow to be saved, and the extra ones before it can be published. */
final class ChallengeValidation {

    /** Raw HTML that would be dangerous if it were ever rendered: refused with a message, escaped anyway. */
    private static final Pattern UNSAFE = Pattern.compile(
            "(?is)<\\s*/?\\s*(script|iframe|object|embed|style|form|frame|frameset|meta|link|svg)\\b|javascript\\s*:|vbscript\\s*:|\\bon[a-z]+\\s*=");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile(ChallengeLimits.ACCESS_CODE);
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TEN = BigDecimal.TEN;

    private ChallengeValidation() {
    }

    static Instant rome(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(Times.ROME).toInstant();
    }

    /** Throws the first problem that prevents saving the draft at all. */
    static void checkSavable(ChallengeDraft d) {
        if (blank(d.getTitle())) {
            throw new UserFacingException("challenge.error.titleRequired");
        }
        length(d.getTitle(), ChallengeLimits.TITLE, "challenge.error.tooLong.title");
        length(d.getSummary(), ChallengeLimits.SUMMARY, "challenge.error.tooLong.summary");
        length(d.getDescription(), ChallengeLimits.DESCRIPTION, "challenge.error.tooLong.description");
        length(d.getProblem(), ChallengeLimits.PROBLEM, "challenge.error.tooLong.problem");
        length(d.getExpectedOutcome(), ChallengeLimits.OUTCOME, "challenge.error.tooLong.outcome");
        length(d.getNdaText(), ChallengeLimits.NDA, "challenge.error.tooLong.nda");
        for (String markdown : new String[] {d.getDescription(), d.getProblem(), d.getExpectedOutcome(), d.getSummary()}) {
            if (markdown != null && UNSAFE.matcher(markdown).find()) {
                throw new UserFacingException("challenge.error.unsafeMarkdown");
            }
        }
        if (d.getTrlMin() < ChallengeLimits.TRL_MIN || d.getTrlMax() > ChallengeLimits.TRL_MAX || d.getTrlMin() > d.getTrlMax()) {
            throw new UserFacingException("challenge.error.trl");
        }
        for (String country : countries(d.getEligibleCountries())) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new UserFacingException("challenge.error.countries", country);
            }
        }
        checkDates(d);
        for (RewardDef r : d.getRewards()) {
            if (r.type() == null) {
                throw new UserFacingException("challenge.error.rewardType");
            }
            if (r.amount() != null && r.amount().signum() < 0) {
                throw new UserFacingException("challenge.error.rewardAmount");
            }
            length(r.description(), ChallengeLimits.REWARD_TEXT, "challenge.error.tooLong.reward");
        }
        if (d.getAccessCode() != null && !d.getAccessCode().isBlank() && !CODE.matcher(d.getAccessCode().trim()).matches()) {
            throw new UserFacingException("challenge.error.accessCode");
        }
        Integer months = d.getRetentionMonths();
        if (months != null && (months < ChallengeLimits.RETENTION_MIN_MONTHS || months > ChallengeLimits.RETENTION_MAX_MONTHS)) {
            throw new UserFacingException("challenge.error.retention");
        }
        if (d.getAppealDays() < ChallengeLimits.APPEAL_MIN_DAYS || d.getAppealDays() > ChallengeLimits.APPEAL_MAX_DAYS) {
            throw new UserFacingException("challenge.error.appealDays");
        }
        checkEvaluation(d);
        checkForm(d);
    }

    static void checkDates(ChallengeDraft d) {
        Instant opens = rome(d.getOpensAt());
        Instant closes = rome(d.getClosesAt());
        Instant evaluation = rome(d.getEvaluationEndsAt());
        Instant results = rome(d.getResultsAt());
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new UserFacingException("challenge.error.closesBeforeOpens");
        }
        Instant outline = d.isTwoStage() ? rome(d.getOutlineClosesAt()) : null;
        if (outline != null && (opens != null && !outline.isAfter(opens) || closes != null && !outline.isBefore(closes))) {
            throw new UserFacingException("challenge.error.outlineDates");
        }
        if (closes != null && evaluation != null && evaluation.isBefore(closes)) {
            throw new UserFacingException("challenge.error.evaluationBeforeClose");
        }
        Instant before = evaluation != null ? evaluation : closes;
        if (before != null && results != null && results.isBefore(before)) {
            throw new UserFacingException("challenge.error.resultsBeforeEvaluation");
        }
    }

    static void checkEvaluation(ChallengeDraft d) {
        List<CriterionDef> criteria = d.getCriteria();
        if (criteria.isEmpty() || criteria.size() > ChallengeLimits.MAX_CRITERIA) {
            throw new UserFacingException("challenge.error.criteriaCount", ChallengeLimits.MAX_CRITERIA);
        }
        Set<Integer> ranks = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal largestMax = BigDecimal.ZERO;
        for (CriterionDef c : criteria) {
            if (blank(c.name())) {
                throw new UserFacingException("challenge.error.criterionName");
            }
            length(c.name(), ChallengeLimits.CRITERION_NAME, "challenge.error.tooLong.criterion");
            length(c.description(), ChallengeLimits.CRITERION_DESCRIPTION, "challenge.error.tooLong.criterion");
            if (c.weight() == null || c.weight().signum() <= 0 || c.weight().compareTo(TEN) > 0) {
                throw new UserFacingException("challenge.error.weight", c.name());
            }
            if (c.maxScore() == null || c.maxScore().signum() <= 0 || c.maxScore().compareTo(HUNDRED) > 0) {
                throw new UserFacingException("challenge.error.maxScore", c.name());
            }
            if (c.step() == null || c.step().signum() <= 0 || c.step().compareTo(c.maxScore()) > 0
                    || c.maxScore().remainder(c.step()).signum() != 0) {
                throw new UserFacingException("challenge.error.step", c.name());
            }
            if (c.threshold() == null || c.threshold().signum() < 0 || c.threshold().compareTo(c.maxScore()) > 0) {
                throw new UserFacingException("challenge.error.thresholdAboveMax", c.name(), c.maxScore().stripTrailingZeros());
            }
            ranks.add(c.tieBreak());
            total = total.add(c.weightedMax());
            largestMax = largestMax.max(c.maxScore());
        }
        for (int i = 1; i <= criteria.size(); i++) {
            if (!ranks.contains(i)) {
                throw new UserFacingException("challenge.error.tieBreak", criteria.size());
            }
        }
        if (d.getOverallThreshold() == null || d.getOverallThreshold().signum() < 0
                || d.getOverallThreshold().compareTo(total) > 0) {
            throw new UserFacingException("challenge.error.overallThreshold", total.stripTrailingZeros());
        }
        if (d.getEvaluatorsPerProposal() < ChallengeLimits.MIN_EVALUATORS
                || d.getEvaluatorsPerProposal() > ChallengeLimits.MAX_EVALUATORS) {
            throw new UserFacingException("challenge.error.evaluators");
        }
        if (d.getDivergenceThreshold() == null || d.getDivergenceThreshold().signum() <= 0
                || d.getDivergenceThreshold().compareTo(largestMax) > 0) {
            throw new UserFacingException("challenge.error.divergence", largestMax.stripTrailingZeros());
        }
    }

    static void checkForm(ChallengeDraft d) {
        if (outside(d.getTitleMax(), ChallengeLimits.FORM_TITLE_MIN, ChallengeLimits.FORM_TITLE_MAX)
                || outside(d.getAcronymMax(), ChallengeLimits.FORM_ACRONYM_MIN, ChallengeLimits.FORM_ACRONYM_MAX)
                || outside(d.getAbstractMax(), ChallengeLimits.FORM_ABSTRACT_MIN, ChallengeLimits.FORM_ABSTRACT_MAX)) {
            throw new UserFacingException("challenge.error.formLimits");
        }
        if (d.getBudgetMax() != null && d.getBudgetMax().signum() <= 0) {
            throw new UserFacingException("challenge.error.budgetMax");
        }
        if (d.getQuestions().size() > ChallengeLimits.MAX_QUESTIONS) {
            throw new UserFacingException("challenge.error.questionCount", ChallengeLimits.MAX_QUESTIONS);
        }
        int n = 0;
        for (QuestionDef q : d.getQuestions()) {
            n++;
            if (q.type() == null || blank(q.labelEn()) && blank(q.labelIt())) {
                throw new UserFacingException("challenge.error.questionLabel", n);
            }
            length(q.labelEn(), ChallengeLimits.QUESTION_LABEL, "challenge.error.tooLong.question");
            length(q.labelIt(), ChallengeLimits.QUESTION_LABEL, "challenge.error.tooLong.question");
            switch (q.type()) {
                case SHORT_TEXT, LONG_TEXT -> {
                    int max = q.type() == QuestionType.SHORT_TEXT ? ChallengeLimits.SHORT_ANSWER_MAX
                            : ChallengeLimits.LONG_ANSWER_MAX;
                    if (q.maxChars() == null || q.maxChars() < 1 || q.maxChars() > max) {
                        throw new UserFacingException("challenge.error.questionChars", n, max);
                    }
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    if (q.options().stream().filter(o -> !o.isBlank()).count() < 2) {
                        throw new UserFacingException("challenge.error.questionOptions", n);
                    }
                }
                case PDF_UPLOAD -> {
                    if (q.maxPages() == null || q.maxPages() < 1 || q.maxPages() > ChallengeLimits.ANSWER_PAGES_MAX) {
                        throw new UserFacingException("challenge.error.questionPages", n);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Everything still missing before the draft can be published, as translation keys (empty: ready). */
    static List<String> missingForPublish(ChallengeDraft d, Instant now) {
        List<String> missing = new ArrayList<>();
        if (blank(d.getSummary())) {
            missing.add("challenge.missing.summary");
        }
        if (blank(d.getDescription())) {
            missing.add("challenge.missing.description");
        }
        if (d.getSector() == null) {
            missing.add("challenge.missing.sector");
        }
        if (d.getAreas().isEmpty()) {
            missing.add("challenge.missing.areas");
        }
        if (d.getOpensAt() == null || d.getClosesAt() == null) {
            missing.add("challenge.missing.dates");
        } else {
            if (rome(d.getOpensAt()).isBefore(now.minusSeconds(300))) {
                missing.add("challenge.missing.opensInPast");
            }
            if (!rome(d.getClosesAt()).isAfter(now)) {
                missing.add("challenge.missing.closesInPast");
            }
        }
        if (d.isTwoStage() && d.getOutlineClosesAt() == null) {
            missing.add("challenge.missing.outlineDeadline");
        }
        if (d.isNdaRequired() && blank(d.getNdaText())) {
            missing.add("challenge.missing.nda");
        }
        if (d.getVisibility() == Visibility.INVITE_ONLY && d.getInvitedOrganisations().isEmpty() && blank(d.getAccessCode())) {
            missing.add("challenge.missing.invitees");
        }
        return missing;
    }

    static List<String> countries(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                codes.add(part.trim().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return codes;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean outside(int value, int min, int max) {
        return value < min || value > max;
    }

    private static void length(String s, int max, String key) {
        if (s != null && s.length() > max) {
            throw new UserFacingException(key, max);
        }
    }
}
