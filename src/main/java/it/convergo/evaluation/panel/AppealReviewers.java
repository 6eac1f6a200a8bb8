package it.convergo.evaluation.panel;

import it.convergo.account.AccountService;
import it.convergo.account.EvaluatorProfile;
import it.convergo.proposal.ProposalSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may review an appeal against a proposal's result: an evaluator who never sat on its panel (replaced and
 * conflicted seats included: they saw the proposal) and whom {@link PairRules}' one rule allows on it (not from
 * the applicant's organisation, not named by the applicant, no conflict declared). The caller checks the firm's
 * rights first.
 */
@Component
public class AppealReviewers {

    private final AssignmentRepository assignments;
    private final PairRules rules;
    private final AccountService accounts;

    AppealReviewers(AssignmentRepository assignments, PairRules rules, AccountService accounts) {
        this.assignments = assignments;
        this.rules = rules;
        this.accounts = accounts;
    }

    /** An evaluator the firm may choose; {@code organisationName} may be null. */
    public record Eligible(long userId, String name, String organisationName) {
    }

    /** The evaluators who may review an appeal against this proposal's result, by name. */
    public List<Eligible> eligible(ProposalSummary proposal) {
        Set<Long> panel = assignments.findByProposalId(proposal.id()).stream().map(Assignment::evaluatorId)
                .collect(Collectors.toSet());
        PairRules.Pairs pairs = rules.forProposals(List.of(proposal));
        return accounts.evaluators().stream()
                .filter(e -> !panel.contains(e.userId()) && pairs.exclusion(proposal, e) == null)
                .sorted(Comparator.comparing(EvaluatorProfile::fullName))
                .map(e -> new Eligible(e.userId(), e.fullName(), e.organisationName())).toList();
    }
}
