package it.convergo.evaluation.results;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.CriterionDef;
import it.convergo.document.PdfReport;
import it.convergo.evaluation.consensus.FinalScores;
import it.convergo.evaluation.scoring.SheetInput;
import it.convergo.evaluation.scoring.Sheets;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.ChallengeLifecycle;
import it.convergo.workflow.LifecycleStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps 6 and 7: the firm ranks, decides and publishes; applicants then read their outcome and download
 * their Evaluation Summary Report, which never names evaluators or shows individual scores.
 */
@Service
public class ResultsService {

    private final EvaluationAccess access;
    private final SubmittedProposals proposals;
    private final AccountService accounts;
    private final ChallengeLifecycle lifecycle;
    private final FinalScores finalScores;
    private final Sheets sheets;
    private final DecisionRepository decisions;
    private final PublicationRepository publications;
    private final RankingBasisRepository bases;
    private final List<PublicationHold> holds;
    private final Notices notices;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;

    ResultsService(EvaluationAccess access, SubmittedProposals proposals, AccountService accounts,
                   ChallengeLifecycle lifecycle, FinalScores finalScores, Sheets sheets,
                   DecisionRepository decisions, PublicationRepository publications, RankingBasisRepository bases,
                   List<PublicationHold> holds, Notices notices, Translations translations, AuditLog audit, Clock clock) {
        this.bases = bases;
        this.holds = holds;
        this.access = access;
        this.proposals = proposals;
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.finalScores = finalScores;
        this.sheets = sheets;
        this.decisions = decisions;
        this.publications = publications;
        this.notices = notices;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RankingView ranking(long challengeId) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        Instant publishedAt = publications.findByChallengeId(challengeId).map(r -> r.publishedAt).orElse(null);
        RankingBasis basis = bases.findByChallengeId(challengeId).map(c -> c.basis).orElse(null);
        if (basis == null) {
            // chosen before either ranking is seen: until then no ranking, leniency or scale leaves the server
            return new RankingView(challengeId, challenge.title(), criteria, challenge.evaluation().overallThreshold(),
                    List.of(), List.of(), isReady(challengeId), publishedAt, null, List.of(), List.of());
        }
        Map<Long, ProposalSummary> byId = access.visible(proposals.submittedTo(challengeId)).stream()
                .collect(Collectors.toMap(ProposalSummary::id, Function.identity()));
        List<Ranking.Input> inputs = new ArrayList<>();
        finalScores.ofChallenge(challengeId, criteria.size()).forEach((proposalId, scores) -> {
            ProposalSummary p = byId.get(proposalId);
            if (p != null) {
                inputs.add(new Ranking.Input(p.id(), p.title(), scores.scores(), p.submittedAt()));
            }
        });
        Map<Long, ProposalDecision> decided = decisions.findByChallengeId(challengeId).stream()
                .collect(Collectors.toMap(d -> d.proposalId, Function.identity()));
        List<RankingView.Row> rows = Ranking.rank(challenge.evaluation(), inputs).stream().map(e -> {
            ProposalDecision d = decided.get(e.proposalId());
            ProposalSummary p = byId.get(e.proposalId());
            return new RankingView.Row(e, p.organisationId(), p.organisationName(), d == null ? null : d.outcome,
                    d == null ? null : d.feedback);
        }).toList();
        Map<Long, Map<Long, List<BigDecimal>>> byEvaluator = sheets.submittedIn(challengeId, criteria.size());
        Map<Long, String> names = accounts.names(byEvaluator.keySet());
        Map<Long, BigDecimal> meanZ = Calibration.normalised(byEvaluator, criteria);
        Map<Long, Integer> rawRanks = rows.stream().collect(Collectors.toMap(r -> r.entry().proposalId(), r -> r.entry().rank()));
        List<RankingView.Normalised> normalised = Calibration.reorder(rows.stream().map(RankingView.Row::entry).toList(), meanZ)
                .stream().map(e -> new RankingView.Normalised(e, meanZ.getOrDefault(e.proposalId(), BigDecimal.ZERO),
                        rawRanks.get(e.proposalId()))).toList();
        List<RankingView.Scale> scales = Calibration.scales(byEvaluator, criteria).values().stream()
                .map(sc -> new RankingView.Scale(names.getOrDefault(sc.evaluatorId(), "?"), sc.evaluations(), sc.mean(), sc.deviation()))
                .sorted(java.util.Comparator.comparing(RankingView.Scale::mean).reversed()).toList();
        return new RankingView(challengeId, challenge.title(), criteria, challenge.evaluation().overallThreshold(), rows,
                leniency(byEvaluator, names), isReady(challengeId), publishedAt, basis, normalised, scales);
    }

    private static List<RankingView.Leniency> leniency(Map<Long, Map<Long, List<BigDecimal>>> byEvaluator, Map<Long, String> names) {
        return Ranking.leniency(byEvaluator).entrySet().stream()
                .map(e -> new RankingView.Leniency(names.getOrDefault(e.getKey(), "?"), e.getValue(),
                        byEvaluator.get(e.getKey()).size()))
                .sorted((a, b) -> b.difference().compareTo(a.difference())).toList();
    }

    /** The lifecycle waits for the firm's decision: every proposal is evaluated or found not eligible. */
    private boolean isReady(long challengeId) {
        return lifecycle.currentStep(challengeId).map(LifecycleStep.DECISION::equals).orElse(false);
    }

    /** For each of the challenges, how many proposals the firm has decided; one query, no access check (the caller's). */
    @Transactional(readOnly = true)
    public Map<Long, Long> decidedCounts(java.util.Collection<Long> challengeIds) {
        return challengeIds.isEmpty() ? Map.of() : decisions.countByChallenge(challengeIds).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Which of these proposals the firm has decided; one query, no access check (the caller's). */
    @Transactional(readOnly = true)
    public Set<Long> decidedAmong(java.util.Collection<Long> proposalIds) {
        return proposalIds.isEmpty() ? Set.of() : decisions.findByProposalIdIn(proposalIds).stream().map(d -> d.proposalId)
                .collect(Collectors.toSet());
    }

    /** Which of the challenges have published their results; one query. */
    @Transactional(readOnly = true)
    public Set<Long> published(java.util.Collection<Long> challengeIds) {
        return challengeIds.isEmpty() ? Set.of() : Set.copyOf(publications.published(challengeIds));
    }

    /**
     * Records (or changes, until publication) the firm's decision on one evaluated proposal; not while something
     * holds the results back (see {@link PublicationHold}).
     */
    @Transactional
    public void decide(long proposalId, Outcome outcome, String feedback) {
        ProposalSummary proposal = access.firmProposal(proposalId);
        if (publications.findByChallengeId(proposal.challengeId()).isPresent()) {
            throw new UserFacingException("evaluation.error.published");
        }
        if (!finalScores.exist(proposalId)) {
            throw new UserFacingException("evaluation.error.notEvaluated");
        }
        if (outcome == null) {
            throw new UserFacingException("evaluation.error.outcomeRequired");
        }
        // a decision would close the pitch's scoring, and the results could then never be published
        refuseWhileHeld(proposal.challengeId());
        String text = feedback == null || feedback.isBlank() ? null : feedback.strip();
        ProposalDecision d = decisions.findByProposalId(proposalId)
                .orElseGet(() -> new ProposalDecision(proposalId, proposal.challengeId(), outcome, text, clock.instant()));
        d.outcome = outcome;
        d.feedback = text;
        d.decidedAt = clock.instant();
        decisions.save(d);
        audit.record("evaluation.decided", "proposal:" + proposalId, outcome.name());
    }

    /**
     * Publishes the results: every evaluated proposal needs a decision, and nothing may hold them back (a pitch
     * day's jury still scoring). Applicants are notified and each sees
     * their own outcome and report; the challenge is then decided.
     */
    @Transactional
    public void publish(long challengeId) {
        ChallengeView challenge = access.firmChallenge(challengeId);
        if (publications.findByChallengeId(challengeId).isPresent()) {
            throw new UserFacingException("evaluation.error.published");
        }
        if (!isReady(challengeId)) {
            throw new UserFacingException("evaluation.error.notReady");
        }
        refuseWhileHeld(challengeId);
        Map<Long, ProposalDecision> decided = decisions.findByChallengeId(challengeId).stream()
                .collect(Collectors.toMap(d -> d.proposalId, Function.identity()));
        Set<Long> evaluated = finalScores.proposalsIn(challengeId);
        long missing = evaluated.stream().filter(id -> !decided.containsKey(id)).count();
        if (missing > 0) {
            throw new UserFacingException("evaluation.error.decisionsMissing", missing);
        }
        lifecycle.publishResults(challengeId);
        publications.save(new ResultsPublication(challengeId, CurrentUser.require().userId(), clock.instant()));
        for (long proposal : evaluated) {
            ProposalSummary p = proposals.summary(proposal);
            ProposalDecision d = decided.get(proposal);
            // the outcome as its key, translated when the applicant reads it; the firm's feedback as written
            proposals.recordOutcome(p.id(), ProposalStatus.DECIDED, d.outcome.labelKey()
                    + (d.feedback == null ? "" : "|" + d.feedback));
            notices.toApplicants(p.organisationId(), "resultsPublished", "my-proposals", p.title(), challenge.title());
        }
        audit.record("evaluation.resultsPublished", "challenge:" + challengeId, evaluated.size() + " proposals");
    }

    private void refuseWhileHeld(long challengeId) {
        for (PublicationHold hold : holds) {
            hold.holdsBack(challengeId).ifPresent(reason -> {
                throw new UserFacingException(reason);
            });
        }
    }

    /** The published outcome of one proposal for its applicant (empty before publication). */
    @Transactional(readOnly = true)
    public Optional<Outcome> outcome(long proposalId) {
        ProposalSummary p = readableReport(proposalId);
        return decisions.findByProposalId(p.id()).map(d -> d.outcome);
    }

    /**
     * The Evaluation Summary Report: consensus scores and comments per criterion, total, thresholds, outcome,
     * the ranking that decided (raw or normalised) and feedback. Never evaluators' names or individual scores.
     * For the applicant after publication, for the firm once the consensus is complete.
     */
    @Transactional(readOnly = true)
    public byte[] report(long proposalId, Locale locale) {
        ProposalSummary p = readableReport(proposalId);
        ChallengeView challenge = access.challenge(p.challengeId());
        List<CriterionDef> criteria = challenge.evaluation().criteria();
        SheetInput finals = finalScores.ofProposal(proposalId, criteria.size())
                .orElseThrow(() -> new UserFacingException("evaluation.error.notEvaluated"));
        BigDecimal total = Ranking.total(criteria, finals.scores());
        boolean passed = Ranking.passes(challenge.evaluation(), finals.scores());
        Optional<ProposalDecision> decision = decisions.findByProposalId(proposalId);
        PdfReport pdf = PdfReport.create(t("esr.title", locale), t("esr.footer", locale,
                Times.format(clock.instant(), locale)));
        pdf.facts(List.of(
                Map.entry(t("esr.challenge", locale), challenge.title()),
                Map.entry(t("esr.proposal", locale), p.title() + (p.acronym() == null ? "" : " (" + p.acronym() + ")")),
                Map.entry(t("esr.reference", locale), "#" + p.id()),
                Map.entry(t("esr.submitted", locale), Times.format(p.submittedAt(), locale)),
                Map.entry(t("esr.total", locale), number(locale, total) + " / " + number(locale, challenge.evaluation().maxTotal())),
                Map.entry(t("esr.thresholds", locale), t(passed ? "esr.passed" : "esr.failed", locale,
                        number(locale, challenge.evaluation().overallThreshold()))),
                Map.entry(t("esr.outcome", locale), decision.map(d -> t(d.outcome.labelKey(), locale)).orElse("—")),
                // which of the two rankings the firm chose, before seeing either, to decide
                Map.entry(t("esr.basis", locale), bases.findByChallengeId(p.challengeId())
                        .map(b -> t(b.basis.labelKey(), locale)).orElse("—")),
                Map.entry(t("esr.appeal", locale), decision.map(d -> AppealRevision.statement(d, key -> t(key, locale),
                        (key, a, b) -> t(key, locale, a, b))).orElse(t("esr.appeal.NONE", locale)))));
        pdf.heading(t("esr.criteria", locale));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDef cd = criteria.get(i);
            rows.add(List.of(cd.name(), number(locale, finals.scores().get(i)) + " / " + number(locale, cd.maxScore()),
                    number(locale, cd.threshold()), number(locale, cd.weight()),
                    finals.comments().get(i) == null ? "" : finals.comments().get(i)));
        }
        pdf.table(List.of(t("esr.criterion", locale), t("esr.score", locale), t("esr.threshold", locale),
                t("esr.weight", locale), t("esr.comments", locale)), rows, new float[] {2.2f, 1.2f, 1.1f, 0.9f, 6});
        if (finals.overallComment() != null) {
            pdf.heading(t("esr.overall", locale)).paragraph(finals.overallComment());
        }
        decision.filter(d -> d.feedback != null).ifPresent(d -> pdf.heading(t("esr.feedback", locale)).paragraph(d.feedback));
        return pdf.toBytes();
    }

    /** The ranking as CSV for the firm (see {@link RankingCsv}). */
    @Transactional(readOnly = true)
    public String rankingCsv(long challengeId, Locale locale) {
        return RankingCsv.write(ranking(challengeId), key -> t(key, locale));
    }

    /** The same ranking as XLSX (see {@link RankingXlsx}). */
    @Transactional(readOnly = true)
    public byte[] rankingXlsx(long challengeId, Locale locale) {
        return RankingXlsx.write(ranking(challengeId), key -> t(key, locale));
    }

    /** Every report of the challenge in one ZIP, for the firm's records. */
    @Transactional(readOnly = true)
    public byte[] allReports(long challengeId, Locale locale) {
        RankingView view = ranking(challengeId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RankingView.Row row : view.rows()) {
                zip.putNextEntry(new ZipEntry("ESR-" + row.entry().proposalId() + ".pdf"));
                zip.write(report(row.entry().proposalId(), locale));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private ProposalSummary readableReport(long proposalId) {
        ProposalSummary p = proposals.summary(proposalId);
        ChallengeView challenge = access.challenge(p.challengeId());
        if (access.isFirm(challenge)) {
            return access.firmProposal(proposalId);
        }
        AccountPrincipal user = CurrentUser.require();
        boolean own = user.organisationId() != null && user.organisationId() == p.organisationId();
        if (!own || publications.findByChallengeId(p.challengeId()).isEmpty()) {
            throw new UserFacingException("error.notFound");
        }
        return p;
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.get(key, locale, params);
    }

    /** A score as the reader writes it: "4,5" in Italian, "4.5" in English. */
    private static String number(Locale locale, BigDecimal value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
