package it.convergo.evaluation.panel;

import it.convergo.account.AccountService;
import it.convergo.account.EvaluatorProfile;
import it.convergo.proposal.NamedExclusion;
import it.convergo.proposal.ProposalExclusions;
import it.convergo.proposal.ProposalSummary;
import it.convergo.proposal.SubmittedProposals;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which evaluator may sit on which proposal's panel, the one rule for suggestions, manual panels,
 * replacements and the optimiser: not from the applicant's organisation (or its VAT number), not named by the
 * applicant as a conflict, no conflict declared with that organisation or bid. Loaded once per screen or
 * optimiser run; callers check the firm's rights first. What the applicant named is never shown to evaluators.
 */
@Component
class PairRules {

    private final AssignmentRepository assignments;
    private final BidRepository bids;
    private final SubmittedProposals proposals;
    private final ProposalExclusions exclusions;
    private final AccountService accounts;

    PairRules(AssignmentRepository assignments, BidRepository bids, SubmittedProposals proposals,
              ProposalExclusions exclusions, AccountService accounts) {
        this.assignments = assignments;
        this.bids = bids;
        this.proposals = proposals;
        this.exclusions = exclusions;
        this.accounts = accounts;
    }

    /** The rules for these proposals. */
    Pairs forProposals(Collection<ProposalSummary> ps) {
        Map<Long, Map<Long, Bid>> bidsOn = new HashMap<>();
        Map<Long, String> vats = new HashMap<>();
        for (ProposalSummary p : ps) {
            Map<Long, Bid> on = new HashMap<>();
            bids.findByProposalId(p.id()).forEach(b -> on.put(b.evaluatorId, b.level));
            bidsOn.put(p.id(), on);
            vats.computeIfAbsent(p.organisationId(), o -> accounts.vatKey(o).orElse(""));
        }
        return new Pairs(conflictsByOrganisation(), bidsOn, vats,
                exclusions.of(ps.stream().map(ProposalSummary::id).toList()));
    }

    /**
     * Applicant organisation -> evaluators who ever declared a conflict on one of its proposals.
     */
    private Map<Long, Set<Long>> conflictsByOrganisation() {
        Map<Long, Set<Long>> result = new HashMap<>();
        for (Assignment a : assignments.findByStatus(Assignment.Status.CONFLICT)) {
            result.computeIfAbsent(proposals.summary(a.proposalId).organisationId(), k -> new HashSet<>()).add(a.evaluatorId);
        }
        return result;
    }

    /** The loaded rules. */
    record Pairs(Map<Long, Set<Long>> declared, Map<Long, Map<Long, Bid>> bidsOn, Map<Long, String> vats,
                 Map<Long, List<NamedExclusion>> named) {

        /** Why this evaluator may not evaluate this proposal, or null when they may. */
        PanelCandidate.Exclusion exclusion(ProposalSummary p, EvaluatorProfile e) {
            if (sameOrganisation(p, e)) {
                return PanelCandidate.Exclusion.SAME_ORGANISATION;
            }
            if (namedBy(p.id(), e).isPresent()) {
                return PanelCandidate.Exclusion.NAMED_BY_APPLICANT;
            }
            if (declared.getOrDefault(p.organisationId(), Set.of()).contains(e.userId())
                    || bidsOn.getOrDefault(p.id(), Map.of()).get(e.userId()) == Bid.CONFLICT) {
                return PanelCandidate.Exclusion.DECLARED_CONFLICT;
            }
            return null;
        }

        /** The evaluator's bid on the proposal; none where the applicant named them (it does not count). */
        Bid bid(ProposalSummary p, EvaluatorProfile e) {
            return namedBy(p.id(), e).isPresent() ? null : bidsOn.getOrDefault(p.id(), Map.of()).get(e.userId());
        }

        /** The applicant's name on this proposal that designates this evaluator. */
        Optional<NamedExclusion> namedBy(long proposalId, EvaluatorProfile e) {
            return named.getOrDefault(proposalId, List.of()).stream()
                    .filter(n -> n.matches(e.fullName(), e.email(), e.organisationName())).findFirst();
        }

        private boolean sameOrganisation(ProposalSummary p, EvaluatorProfile e) {
            String vat = vats.get(p.organisationId());
            return e.organisationId() != null && (e.organisationId() == p.organisationId()
                    || vat != null && !vat.isEmpty() && Objects.equals(e.organisationVat(), vat));
        }
    }
}
