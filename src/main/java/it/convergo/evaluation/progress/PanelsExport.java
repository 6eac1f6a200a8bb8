package it.convergo.evaluation.progress;

import it.convergo.base.Table;
import it.convergo.base.i18n.Translations;
import it.convergo.evaluation.panel.PanelService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenge's panels as a table for CSV and XLSX: one row per seat (proposal, evaluator, state, rapporteur, due
 * date, conflict declared), from the same board the firm reads, so it holds what the firm may see and nothing more.
 */
@Service
public class PanelsExport {

    private final BoardService board;
    private final Translations translations;

    PanelsExport(BoardService board, Translations translations) {
        this.board = board;
        this.translations = translations;
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public Table table(long challengeId, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (BoardRow proposal : board.board(challengeId)) {
            for (PanelService.PanelMember m : proposal.panel()) {
                List<Object> row = new ArrayList<>();
                row.add(proposal.proposalId());
                row.add(proposal.title());
                row.add(proposal.organisationName());
                row.add(m.name());
                row.add(t("evaluation.member." + m.status(), locale));
                row.add(t(m.rapporteur() ? "evaluation.panels.export.yes" : "evaluation.panels.export.no", locale));
                row.add(m.dueAt());
                row.add(m.conflictReason());
                rows.add(row);
            }
        }
        return new Table(t("evaluation.panels.export.sheet", locale), List.of(t("evaluation.panels.export.proposalId", locale),
                t("evaluation.panels.export.proposal", locale), t("evaluation.panels.export.organisation", locale),
                t("evaluation.panels.export.evaluator", locale), t("evaluation.panels.export.status", locale),
                t("evaluation.panels.export.rapporteur", locale), t("evaluation.panels.export.due", locale),
                t("evaluation.panels.export.conflict", locale)), rows);
    }

    private String t(String key, Locale locale) {
        return translations.get(key, locale);
    }
}
