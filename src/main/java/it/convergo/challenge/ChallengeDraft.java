package it.convergo.challenge;

import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the firm edits: every field of a challenge, with dates as Europe/Rome wall-clock time. It carries the
 * version it was read at, so saving a stale copy is refused instead of overwriting someone else's change.
 * The constraints are those a field can check on its own, for the editor's form (their messages are translation
 * keys, a limit after a bar); {@link ChallengeValidation} repeats them on the server with the rules that
 * compare fields.
 */
public class ChallengeDraft {
    private Long id;
    private long version = 0;
    private String language = "it";
    @NotBlank(message = "challenge.error.titleRequired")
    @Size(max = ChallengeLimits.TITLE, message = "challenge.error.tooLong.title|{max}")
    private String title = "";
    @Size(max = ChallengeLimits.SUMMARY, message = "challenge.error.tooLong.summary|{max}")
    private String summary = "";
    @Size(max = ChallengeLimits.DESCRIPTION, message = "challenge.error.tooLong.description|{max}")
    private String description = "";
    @Size(max = ChallengeLimits.PROBLEM, message = "challenge.error.tooLong.problem|{max}")
    private String problem = "";
    @Size(max = ChallengeLimits.OUTCOME, message = "challenge.error.tooLong.outcome|{max}")
    private String expectedOutcome = "";
    private Sector sector;
    private Set<TechnologyArea> areas = new HashSet<>();
    @Min(value = ChallengeLimits.TRL_MIN, message = "challenge.error.trl")
    @Max(value = ChallengeLimits.TRL_MAX, message = "challenge.error.trl")
    private int trlMin = 3;
    @Min(value = ChallengeLimits.TRL_MIN, message = "challenge.error.trl")
    @Max(value = ChallengeLimits.TRL_MAX, message = "challenge.error.trl")
    private int trlMax = 6;
    private Set<OrganisationType> eligibleTypes = new HashSet<>();
    private String eligibleCountries = "";
    private Set<Region> eligibleRegions = new HashSet<>();
    private OrganisationSize maxSize;
    private boolean consortiaAllowed = true;
    private List<RewardDef> rewards = new ArrayList<>();
    private IpTerms ipTerms = IpTerms.TO_BE_NEGOTIATED;
    private boolean ndaRequired = false;
    @Size(max = ChallengeLimits.NDA, message = "challenge.error.tooLong.nda|{max}")
    private String ndaText = "";
    private Visibility visibility = Visibility.PUBLIC;
    private Set<Long> invitedOrganisations = new HashSet<>();
    @Pattern(regexp = "\\s*(" + ChallengeLimits.ACCESS_CODE + ")?\\s*", message = "challenge.error.accessCode")
    private String accessCode = "";
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private LocalDateTime evaluationEndsAt;
    private LocalDateTime resultsAt;
    /** Two-stage call: outlines until {@code outlineClosesAt}, then invited full proposals until {@code closesAt}. */
    private boolean twoStage = false;
    private LocalDateTime outlineClosesAt;
    private List<CriterionDef> criteria = new ArrayList<>();
    @NotNull(message = "challenge.error.required")
    @PositiveOrZero(message = "challenge.error.notNegative")
    private BigDecimal overallThreshold = new BigDecimal("10");
    @Min(value = ChallengeLimits.MIN_EVALUATORS, message = "challenge.error.evaluators")
    @Max(value = ChallengeLimits.MAX_EVALUATORS, message = "challenge.error.evaluators")
    private int evaluatorsPerProposal = 3;
    private boolean blindEvaluation = false;
    @NotNull(message = "challenge.error.required")
    @Positive(message = "challenge.error.positive")
    private BigDecimal divergenceThreshold = new BigDecimal("1.5");
    @Min(value = ChallengeLimits.FORM_TITLE_MIN, message = "challenge.error.formLimits")
    @Max(value = ChallengeLimits.FORM_TITLE_MAX, message = "challenge.error.formLimits")
    private int titleMax = 200;
    @Min(value = ChallengeLimits.FORM_ACRONYM_MIN, message = "challenge.error.formLimits")
    @Max(value = ChallengeLimits.FORM_ACRONYM_MAX, message = "challenge.error.formLimits")
    private int acronymMax = 20;
    @Min(value = ChallengeLimits.FORM_ABSTRACT_MIN, message = "challenge.error.formLimits")
    @Max(value = ChallengeLimits.FORM_ABSTRACT_MAX, message = "challenge.error.formLimits")
    private int abstractMax = 2000;
    @Positive(message = "challenge.error.budgetMax")
    private BigDecimal budgetMax;
    private List<QuestionDef> questions = new ArrayList<>();
    /** Empty: the proposals are kept. */
    @Min(value = ChallengeLimits.RETENTION_MIN_MONTHS, message = "challenge.error.retention")
    @Max(value = ChallengeLimits.RETENTION_MAX_MONTHS, message = "challenge.error.retention")
    private Integer retentionMonths;
    /** 0: no appeals. */
    @Min(value = ChallengeLimits.APPEAL_MIN_DAYS, message = "challenge.error.appealDays")
    @Max(value = ChallengeLimits.APPEAL_MAX_DAYS, message = "challenge.error.appealDays")
    private int appealDays = ChallengeLimits.APPEAL_DEFAULT_DAYS;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getExpectedOutcome() {
        return expectedOutcome;
    }

    public void setExpectedOutcome(String expectedOutcome) {
        this.expectedOutcome = expectedOutcome;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Set<TechnologyArea> getAreas() {
        return areas;
    }

    public void setAreas(Set<TechnologyArea> areas) {
        this.areas = areas;
    }

    public int getTrlMin() {
        return trlMin;
    }

    public void setTrlMin(int trlMin) {
        this.trlMin = trlMin;
    }

    public int getTrlMax() {
        return trlMax;
    }

    public void setTrlMax(int trlMax) {
        this.trlMax = trlMax;
    }

    public Set<OrganisationType> getEligibleTypes() {
        return eligibleTypes;
    }

    public void setEligibleTypes(Set<OrganisationType> eligibleTypes) {
        this.eligibleTypes = eligibleTypes;
    }

    public String getEligibleCountries() {
        return eligibleCountries;
    }

    public void setEligibleCountries(String eligibleCountries) {
        this.eligibleCountries = eligibleCountries;
    }

    public Set<Region> getEligibleRegions() {
        return eligibleRegions;
    }

    public void setEligibleRegions(Set<Region> eligibleRegions) {
        this.eligibleRegions = eligibleRegions;
    }

    public OrganisationSize getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(OrganisationSize maxSize) {
        this.maxSize = maxSize;
    }

    public boolean isConsortiaAllowed() {
        return consortiaAllowed;
    }

    public void setConsortiaAllowed(boolean consortiaAllowed) {
        this.consortiaAllowed = consortiaAllowed;
    }

    public List<RewardDef> getRewards() {
        return rewards;
    }

    public void setRewards(List<RewardDef> rewards) {
        this.rewards = rewards;
    }

    public IpTerms getIpTerms() {
        return ipTerms;
    }

    public void setIpTerms(IpTerms ipTerms) {
        this.ipTerms = ipTerms;
    }

    public boolean isNdaRequired() {
        return ndaRequired;
    }

    public void setNdaRequired(boolean ndaRequired) {
        this.ndaRequired = ndaRequired;
    }

    public String getNdaText() {
        return ndaText;
    }

    public void setNdaText(String ndaText) {
        this.ndaText = ndaText;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Set<Long> getInvitedOrganisations() {
        return invitedOrganisations;
    }

    public void setInvitedOrganisations(Set<Long> invitedOrganisations) {
        this.invitedOrganisations = invitedOrganisations;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public LocalDateTime getEvaluationEndsAt() {
        return evaluationEndsAt;
    }

    public void setEvaluationEndsAt(LocalDateTime evaluationEndsAt) {
        this.evaluationEndsAt = evaluationEndsAt;
    }

    public LocalDateTime getResultsAt() {
        return resultsAt;
    }

    public void setResultsAt(LocalDateTime resultsAt) {
        this.resultsAt = resultsAt;
    }

    public boolean isTwoStage() {
        return twoStage;
    }

    public void setTwoStage(boolean twoStage) {
        this.twoStage = twoStage;
    }

    public LocalDateTime getOutlineClosesAt() {
        return outlineClosesAt;
    }

    public void setOutlineClosesAt(LocalDateTime outlineClosesAt) {
        this.outlineClosesAt = outlineClosesAt;
    }

    public List<CriterionDef> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionDef> criteria) {
        this.criteria = criteria;
    }

    public BigDecimal getOverallThreshold() {
        return overallThreshold;
    }

    public void setOverallThreshold(BigDecimal overallThreshold) {
        this.overallThreshold = overallThreshold;
    }

    public int getEvaluatorsPerProposal() {
        return evaluatorsPerProposal;
    }

    public void setEvaluatorsPerProposal(int evaluatorsPerProposal) {
        this.evaluatorsPerProposal = evaluatorsPerProposal;
    }

    public boolean isBlindEvaluation() {
        return blindEvaluation;
    }

    public void setBlindEvaluation(boolean blindEvaluation) {
        this.blindEvaluation = blindEvaluation;
    }

    public BigDecimal getDivergenceThreshold() {
        return divergenceThreshold;
    }

    public void setDivergenceThreshold(BigDecimal divergenceThreshold) {
        this.divergenceThreshold = divergenceThreshold;
    }

    public int getTitleMax() {
        return titleMax;
    }

    public void setTitleMax(int titleMax) {
        this.titleMax = titleMax;
    }

    public int getAcronymMax() {
        return acronymMax;
    }

    public void setAcronymMax(int acronymMax) {
        this.acronymMax = acronymMax;
    }

    public int getAbstractMax() {
        return abstractMax;
    }

    public void setAbstractMax(int abstractMax) {
        this.abstractMax = abstractMax;
    }

    public BigDecimal getBudgetMax() {
        return budgetMax;
    }

    public void setBudgetMax(BigDecimal budgetMax) {
        this.budgetMax = budgetMax;
    }

    public List<QuestionDef> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionDef> questions) {
        this.questions = questions;
    }

    public Integer getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(Integer retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public int getAppealDays() {
        return appealDays;
    }

    public void setAppealDays(int appealDays) {
        this.appealDays = appealDays;
    }
}
