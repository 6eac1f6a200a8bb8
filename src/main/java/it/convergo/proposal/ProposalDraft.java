package it.convergo.proposal;

import it.convergo.base.TechnologyArea;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The editable fields of a proposal, as the form binds them. It carries the version it was read at, so a
 * save over someone else's newer changes is refused instead of silently overwriting them.
 * <p>
 * The constraints are the fixed limits of {@link ProposalLimits}; the limits the challenge's form sets (title,
 * acronym, abstract, answers) are checked by the form and the server. A message is a translation key,
 * followed by the constraint's values after a {@code |} when the text needs them.
 */
public class ProposalDraft {

    private static final String AT_MOST = "proposal.error.atMost|{max}";

    private Long id;
    private long version;
    private long challengeId;
    private String title = "";
    private String acronym = "";
    private String abstractText = "";
    @Size(max = ProposalLimits.TEAM, message = AT_MOST)
    private String teamText = "";
    @DecimalMin(value = "0", message = "proposal.error.budget")
    @Digits(integer = ProposalLimits.BUDGET_INTEGER_DIGITS, fraction = ProposalLimits.BUDGET_FRACTION_DIGITS,
            message = "proposal.error.budget")
    private BigDecimal budget;
    @Size(max = ProposalLimits.BUDGET_TEXT, message = AT_MOST)
    private String budgetText = "";
    @Min(value = ProposalLimits.TRL_MIN, message = "proposal.error.trl")
    @Max(value = ProposalLimits.TRL_MAX, message = "proposal.error.trl")
    private int trlNow = 1;
    @Min(value = ProposalLimits.TRL_MIN, message = "proposal.error.trl")
    @Max(value = ProposalLimits.TRL_MAX, message = "proposal.error.trl")
    private int trlTarget = 1;
    private Set<TechnologyArea> areas = EnumSet.noneOf(TechnologyArea.class);
    private Map<Integer, String> answers = new HashMap<>();

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

    public long getChallengeId() {
        return challengeId;
    }

    public void setChallengeId(long challengeId) {
        this.challengeId = challengeId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public String getTeamText() {
        return teamText;
    }

    public void setTeamText(String teamText) {
        this.teamText = teamText;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getBudgetText() {
        return budgetText;
    }

    public void setBudgetText(String budgetText) {
        this.budgetText = budgetText;
    }

    public int getTrlNow() {
        return trlNow;
    }

    public void setTrlNow(int trlNow) {
        this.trlNow = trlNow;
    }

    public int getTrlTarget() {
        return trlTarget;
    }

    public void setTrlTarget(int trlTarget) {
        this.trlTarget = trlTarget;
    }

    public Set<TechnologyArea> getAreas() {
        return areas;
    }

    public void setAreas(Set<TechnologyArea> areas) {
        this.areas = areas == null || areas.isEmpty() ? EnumSet.noneOf(TechnologyArea.class) : EnumSet.copyOf(areas);
    }

    /** Answers to the firm's custom questions by their position in the form. */
    public Map<Integer, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<Integer, String> answers) {
        this.answers = answers == null ? new HashMap<>() : new HashMap<>(answers);
    }
}
