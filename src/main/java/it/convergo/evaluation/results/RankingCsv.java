package it.convergo.evaluation.results;

import it.convergo.base.SpreadsheetCsv;
import it.convergo.evaluation.scoring.Scores;
import java.util.function.UnaryOperator;

/**
 * The ranking as CSV, semicolon-separated as Italian spreadsheets expect. Rank, reference and scores are
 * numeric columns written as numbers (decimal comma); titles, names and labels are text cells, neutralised
 * against spreadsheet formulas.
 */
final class RankingCsv {

    private RankingCsv() {
    }

    /** @param label the translation of a key in the reader's language */
    static String write(RankingView view, UnaryOperator<String> label) {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, ';')) {
            csv.text(label.apply("esr.rank")).text(label.apply("esr.reference")).text(label.apply("esr.proposal"))
                    .text(label.apply("esr.organisation"));
            view.criteria().forEach(c -> csv.text(c.name()));
            csv.text(label.apply("esr.total")).text(label.apply("esr.thresholds")).text(label.apply("esr.outcome"))
                    .endRow();
            for (RankingView.Row row : view.rows()) {
                Ranking.Entry e = row.entry();
                if (e.rank() == 0) {
                    csv.text("");
                } else {
                    csv.number(e.rank());
                }
                csv.number(e.proposalId()).text(e.title()).text(row.organisationName());
                e.scores().forEach(s -> csv.number(decimal(s)));
                csv.number(decimal(e.total())).text(label.apply(e.passed() ? "esr.yes" : "esr.no"))
                        .text(row.outcome() == null ? "" : label.apply(row.outcome().labelKey())).endRow();
            }
        }
        return out.toString();
    }

    private static String decimal(java.math.BigDecimal value) {
        return Scores.plain(value).replace('.', ',');
    }
}
