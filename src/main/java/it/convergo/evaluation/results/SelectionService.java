package it.convergo.evaluation.results;

import it.convergo.account.OrganisationType;
import it.convergo.account.Organisations;
import it.convergo.account.Region;
import it.convergo.evaluation.results.ConstrainedSelection.Candidate;
import it.convergo.evaluation.results.ConstrainedSelection.Constraints;
import it.convergo.evaluation.results.ConstrainedSelection.Outcome;
import it.convergo.proposal.SubmittedProposals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's selection under constraints, next to its ranking: the proposals above every threshold, in the
 * deciding ranking (raw or normalised, as the firm chose), selected by {@link ConstrainedSelection}. Advisory:
 * the firm still records each decision itself. Who may see it is who may see the ranking.
 */
@Service
public class SelectionService {

    private final ResultsService results;
    private final SubmittedProposals proposals;
    private final Organisations organisations;

    SelectionService(ResultsService results, SubmittedProposals proposals, Organisations organisations) {
        this.results = results;
        this.proposals = proposals;
        this.organisations = organisations;
    }

    /** One proposal in the comparison: in the plain top, in the constrained selection, or neither. */
    public record Line(int rank, long proposalId, String title, String organisationName, BigDecimal points, BigDecimal budget,
                       boolean startup, Region region, boolean inPlain, boolean inConstrained) {
    }

    public record SelectionView(Outcome outcome, List<Line> lines) {
    }

    @Transactional(readOnly = true)
    public SelectionView select(long challengeId, Constraints constraints) {
        RankingView ranking = results.ranking(challengeId);
        if (!ranking.basisChosen()) {
            return new SelectionView(ConstrainedSelection.solve(List.of(), constraints), List.of());
        }
        // the ranking's rows name each proposal's organisation; the normalised ranking lists the same proposals
        Map<Long, RankingView.Row> byId = ranking.rows().stream()
                .collect(Collectors.toMap(r -> r.entry().proposalId(), Function.identity()));
        List<Ranking.Entry> entries = deciding(ranking);
        Map<Long, BigDecimal> budgets = proposals.requestedBudgets(entries.stream().map(Ranking.Entry::proposalId).toList());
        Map<Long, Organisations.Facts> facts = organisations.facts(entries.stream()
                .map(e -> byId.get(e.proposalId()).organisationId()).distinct().toList());
        Map<Long, BigDecimal> meanZ = ranking.normalised().stream()
                .collect(Collectors.toMap(n -> n.entry().proposalId(), RankingView.Normalised::meanZ));
        List<Candidate> candidates = new ArrayList<>();
        for (Ranking.Entry e : entries) {
            Organisations.Facts f = facts.get(byId.get(e.proposalId()).organisationId());
            BigDecimal points = ranking.basis() == RankingBasis.NORMALISED ? meanZ.getOrDefault(e.proposalId(), BigDecimal.ZERO) : e.total();
            candidates.add(new Candidate(e.proposalId(), e.rank(), points, budgets.get(e.proposalId()),
                    f != null && f.type() == OrganisationType.STARTUP, f == null || f.region() == null ? null : f.region().name()));
        }
        Outcome outcome = ConstrainedSelection.solve(candidates, constraints);
        Set<Long> plain = Set.copyOf(outcome.plain().proposalIds());
        Set<Long> constrained = Set.copyOf(outcome.constrained().proposalIds());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Ranking.Entry e = entries.get(i);
            Candidate c = candidates.get(i);
            Organisations.Facts f = facts.get(byId.get(e.proposalId()).organisationId());
            lines.add(new Line(e.rank(), e.proposalId(), e.title(), byId.get(e.proposalId()).organisationName(), c.points(),
                    c.budget(), c.startup(), f == null ? null : f.region(), plain.contains(e.proposalId()),
                    constrained.contains(e.proposalId())));
        }
        return new SelectionView(outcome, lines);
    }

    /** The proposals above every threshold, in the order of the ranking that decides. */
    private static List<Ranking.Entry> deciding(RankingView ranking) {
        List<Ranking.Entry> entries = ranking.basis() == RankingBasis.NORMALISED
                ? ranking.normalised().stream().map(RankingView.Normalised::entry).toList()
                : ranking.rows().stream().map(RankingView.Row::entry).toList();
        return entries.stream().filter(Ranking.Entry::passed).toList();
    }
}
