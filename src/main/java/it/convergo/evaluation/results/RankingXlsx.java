package it.convergo.evaluation.results;

import it.convergo.base.SpreadsheetXlsx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The ranking as XLSX, with the columns of {@link RankingCsv}: rank, reference and scores as numeric cells,
 * titles, names and labels as text cells neutralised against formulas.
 */
final class RankingXlsx {

    private RankingXlsx() {
    }

    /** @param label the translation of a key in the reader's language */
    static byte[] write(RankingView view, UnaryOperator<String> label) {
        SpreadsheetXlsx xlsx = new SpreadsheetXlsx(label.apply("evaluation.ranking.sheet"));
        List<String> header = new ArrayList<>(List.of(label.apply("esr.rank"), label.apply("esr.reference"),
                label.apply("esr.proposal"), label.apply("esr.organisation")));
        view.criteria().forEach(c -> header.add(c.name()));
        header.addAll(List.of(label.apply("esr.total"), label.apply("esr.thresholds"), label.apply("esr.outcome")));
        xlsx.header(header);
        for (RankingView.Row row : view.rows()) {
            Ranking.Entry e = row.entry();
            if (e.rank() == 0) {
                xlsx.text(null);
            } else {
                xlsx.number(e.rank());
            }
            xlsx.number(e.proposalId()).text(e.title()).text(row.organisationName());
            e.scores().forEach(xlsx::number);
            xlsx.number(e.total()).text(label.apply(e.passed() ? "esr.yes" : "esr.no"))
                    .text(row.outcome() == null ? null : label.apply(row.outcome().labelKey())).endRow();
        }
        return xlsx.toBytes();
    }
}
