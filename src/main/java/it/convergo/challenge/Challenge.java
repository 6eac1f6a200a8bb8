package it.convergo.challenge;

import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.AbstractEntity;
import it.convergo.base.TechnologyArea;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import it.convergo.base.search.SearchAnalysis;

/**
 * A lead firm's challenge: the call, how it is judged, the application form and its key dates. Indexed for the
 * catalogue's search and for matchmaking (texts in Italian and English analysis, filters and sorts as keywords).
 */
@Entity
@Indexed(index = "challenge")
@Table(name = "challenge")
class Challenge extends AbstractEntity {

    /** The lead firm (an organisation of the account feature), by id. */
    @Column(name = "firm_id", nullable = false)
    @GenericField
    long firmId;

    @Column(nullable = false, length = 140)
    String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    ChallengeStatus status = ChallengeStatus.DRAFT;

    @Column(nullable = false, length = 5)
    String language = "it";

    @Column(nullable = false, length = 150)
    @FullTextField(name = "title_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    @KeywordField(name = "title_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES, searchable = Searchable.NO)
    String title;
    @Column(length = 500)
    String summary;
    @jakarta.persistence.Lob
    @FullTextField(name = "description_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "description_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    String description;
    @jakarta.persistence.Lob
    @FullTextField(name = "problem_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "problem_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    String problem;
    @jakarta.persistence.Lob
    @Column(name = "expected_outcome")
    @FullTextField(name = "outcome_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "outcome_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    String expectedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    @KeywordField(aggregable = Aggregable.YES)
    Sector sector;

    @ElementCollection
    @CollectionTable(name = "challenge_area", joinColumns = @JoinColumn(name = "challenge_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 40)
    @KeywordField(aggregable = Aggregable.YES)
    Set<TechnologyArea> areas = new HashSet<>();

    @Column(name = "trl_min", nullable = false)
    @GenericField
    int trlMin = 3;
    @Column(name = "trl_max", nullable = false)
    @GenericField
    int trlMax = 6;

    @ElementCollection
    @CollectionTable(name = "challenge_org_type", joinColumns = @JoinColumn(name = "challenge_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", length = 30)
    @KeywordField
    Set<OrganisationType> eligibleTypes = new HashSet<>();

    /** ISO country codes separated by commas; empty means any country. */
    @Column(name = "eligible_countries", length = 200)
    String eligibleCountries;

    @ElementCollection
    @CollectionTable(name = "challenge_region", joinColumns = @JoinColumn(name = "challenge_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    Set<Region> eligibleRegions = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "max_size", length = 20)
    OrganisationSize maxSize;

    @Column(name = "consortia_allowed", nullable = false)
    boolean consortiaAllowed = true;

    @ElementCollection
    @CollectionTable(name = "challenge_reward", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderColumn(name = "pos")
    @IndexedEmbedded(includePaths = "type")
    List<Reward> rewards = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_terms", nullable = false, length = 30)
    IpTerms ipTerms = IpTerms.TO_BE_NEGOTIATED;

    @Column(name = "nda_required", nullable = false)
    boolean ndaRequired;
    @jakarta.persistence.Lob
    @Column(name = "nda_text")
    String ndaText;
    /** 0 until an NDA is published; raised each time its text changes after publication. */
    @Column(name = "nda_version", nullable = false)
    int ndaVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    Visibility visibility = Visibility.PUBLIC;

    @ElementCollection
    @CollectionTable(name = "challenge_invited_org", joinColumns = @JoinColumn(name = "challenge_id"))
    @Column(name = "organisation_id")
    @GenericField
    Set<Long> invitedOrganisations = new HashSet<>();

    @Column(name = "access_code", length = 40)
    String accessCode;

    @Column(name = "opens_at")
    Instant opensAt;
    @Column(name = "closes_at")
    @GenericField(sortable = Sortable.YES)
    Instant closesAt;
    @Column(name = "evaluation_ends_at")
    Instant evaluationEndsAt;
    /** Two-stage call: outlines until {@link #outlineClosesAt}, a shortlist, invited full proposals until closesAt. */
    @Column(name = "two_stage", nullable = false)
    boolean twoStage;
    @Column(name = "outline_closes_at")
    Instant outlineClosesAt;
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    ChallengeStage stage;
    @Column(name = "shortlist_confirmed_at")
    Instant shortlistConfirmedAt;
    @Column(name = "results_at")
    Instant resultsAt;

    @ElementCollection
    @CollectionTable(name = "challenge_criterion", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderColumn(name = "pos")
    List<Criterion> criteria = new ArrayList<>();

    @Column(name = "overall_threshold", nullable = false, precision = 7, scale = 2)
    BigDecimal overallThreshold = new BigDecimal("10");
    @Column(name = "evaluators_per_proposal", nullable = false)
    int evaluatorsPerProposal = 3;
    @Column(name = "blind_evaluation", nullable = false)
    @GenericField
    boolean blindEvaluation;
    @Column(name = "divergence_threshold", nullable = false, precision = 5, scale = 2)
    BigDecimal divergenceThreshold = new BigDecimal("1.5");

    @Column(name = "title_max", nullable = false)
    int titleMax = 200;
    @Column(name = "acronym_max", nullable = false)
    int acronymMax = 20;
    @Column(name = "abstract_max", nullable = false)
    int abstractMax = 2000;
    @Column(name = "budget_max", precision = 14, scale = 2)
    BigDecimal budgetMax;
    /** Months after the results' publication before the content of proposals not selected is deleted; null keeps it. */
    @Column(name = "retention_months")
    Integer retentionMonths;
    /** Days after the results' publication in which an applicant may appeal; 0: no appeals. */
    @Column(name = "appeal_days", nullable = false)
    int appealDays = ChallengeLimits.APPEAL_DEFAULT_DAYS;

    @ElementCollection
    @CollectionTable(name = "challenge_question", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderColumn(name = "pos")
    List<Question> questions = new ArrayList<>();

    @Column(name = "reward_total", precision = 14, scale = 2)
    BigDecimal rewardTotal;

    /** Lower-case title, summary and firm name: what the catalogue's search box looks in. */
    @Column(name = "search_text", nullable = false, length = 1000)
    @FullTextField(name = "text_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "text_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    String searchText = "";

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    Instant publishedAt;

    protected Challenge() {
    }

    Challenge(long firmId, Instant now) {
        this.firmId = firmId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The id again as a sortable field: the search engine's tie-break, as the database's queries use. */
    @GenericField(name = "id_sort", sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
    public long getIdSort() {
        return getId() == null ? 0 : getId();
    }

    /** How the audit log names this challenge. */
    String subject() {
        return "challenge:" + getId();
    }

    boolean isLive() {
        return status == ChallengeStatus.SCHEDULED || status == ChallengeStatus.OPEN;
    }

    boolean isOver() {
        return status == ChallengeStatus.CLOSED || status == ChallengeStatus.DECIDED;
    }

    Set<String> countries() {
        if (eligibleCountries == null || eligibleCountries.isBlank()) {
            return Set.of();
        }
        Set<String> codes = new HashSet<>();
        Arrays.stream(eligibleCountries.split("[,;\\s]+")).map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).forEach(codes::add);
        return codes;
    }

    /** Recomputes what the catalogue searches and sorts by; the firm's name comes from the account feature. */
    void refreshSearchText(String firmName) {
        String text = (title + " " + (summary == null ? "" : summary) + " " + firmName).toLowerCase(Locale.ROOT);
        searchText = text.length() > 1000 ? text.substring(0, 1000) : text;
        rewardTotal = rewards.stream().map(r -> r.amount).filter(a -> a != null).reduce(BigDecimal::add).orElse(null);
    }

    Eligibility eligibility() {
        return new Eligibility(eligibleTypes.isEmpty() ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(eligibleTypes),
                countries(), eligibleRegions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(eligibleRegions),
                maxSize, consortiaAllowed);
    }

    EvaluationSetup evaluation() {
        return new EvaluationSetup(criteria.stream().map(Criterion::def).toList(), overallThreshold,
                evaluatorsPerProposal, blindEvaluation, divergenceThreshold);
    }

    StagePlan stages() {
        return twoStage ? new StagePlan(true, stage, outlineClosesAt, shortlistConfirmedAt) : StagePlan.SINGLE;
    }

    FormDefinition form() {
        return new FormDefinition(titleMax, acronymMax, abstractMax, budgetMax, questions.stream().map(Question::def).toList());
    }

    @Embeddable
    static class Reward {
        @Enumerated(EnumType.STRING)
        @Column(name = "type", nullable = false, length = 30)
        @KeywordField
        RewardType type;
        @Column(length = 500)
        String description;
        @Column(precision = 14, scale = 2)
        BigDecimal amount;

        protected Reward() {
        }

        Reward(RewardDef def) {
            type = def.type();
            description = def.description();
            amount = def.amount();
        }

        RewardDef def() {
            return new RewardDef(type, description, amount);
        }
    }

    @Embeddable
    static class Criterion {
        @Column(nullable = false, length = 120)
        String name;
        @Column(length = 1000)
        String description;
        @Column(nullable = false, precision = 5, scale = 2)
        BigDecimal weight;
        @Column(name = "max_score", nullable = false, precision = 5, scale = 2)
        BigDecimal maxScore;
        @Column(nullable = false, precision = 4, scale = 2)
        BigDecimal step;
        @Column(nullable = false, precision = 5, scale = 2)
        BigDecimal threshold;
        @Column(name = "tie_break", nullable = false)
        int tieBreak;

        protected Criterion() {
        }

        Criterion(CriterionDef def) {
            name = def.name();
            description = def.description();
            weight = def.weight();
            maxScore = def.maxScore();
            step = def.step();
            threshold = def.threshold();
            tieBreak = def.tieBreak();
        }

        CriterionDef def() {
            return new CriterionDef(name, description, weight, maxScore, step, threshold, tieBreak);
        }
    }

    @Embeddable
    static class Question {
        @Enumerated(EnumType.STRING)
        @Column(name = "type", nullable = false, length = 20)
        QuestionType type;
        @Column(name = "label_en", length = 300)
        String labelEn;
        @Column(name = "label_it", length = 300)
        String labelIt;
        @Column(nullable = false)
        boolean required;
        @Column(name = "max_chars")
        Integer maxChars;
        @Column(name = "max_pages")
        Integer maxPages;
        /** One option per line. */
        @jakarta.persistence.Lob
        String options;
        /** Asked in the outline of a two-stage challenge too. */
        @Column(nullable = false)
        boolean outline;

        protected Question() {
        }

        Question(QuestionDef def) {
            type = def.type();
            labelEn = def.labelEn();
            labelIt = def.labelIt();
            required = def.required();
            maxChars = def.maxChars();
            maxPages = def.maxPages();
            options = def.options().isEmpty() ? null : String.join("\n", def.options());
            outline = def.outline();
        }

        QuestionDef def() {
            return new QuestionDef(type, labelEn, labelIt, required, maxChars, maxPages,
                    options == null || options.isBlank() ? List.of() : List.of(options.split("\n")), outline);
        }
    }
}
