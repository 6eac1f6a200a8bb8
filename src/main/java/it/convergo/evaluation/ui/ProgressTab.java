package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Downloads;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.BoardRow;
import it.convergo.evaluation.progress.BoardService;
import it.convergo.evaluation.progress.ReadinessReport;
import it.convergo.evaluation.scoring.AnonymityReports;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Where every proposal stands: its step, its panel, who is late, what waits for the firm; the process picture. */
class ProgressTab extends VerticalLayout {

    /** @param reports the evaluators' reports that a proposal's text names its applicant (blind challenges) */
    ProgressTab(BoardService board, List<AnonymityReports.Report> reports, long challengeId) {
        Map<Long, List<AnonymityReports.Report>> reported = reports.stream()
                .collect(Collectors.groupingBy(AnonymityReports.Report::proposalId));
        setPadding(false);
        add(readiness(board.readiness(challengeId)));
        Grid<BoardRow> grid = new Grid<>();
        grid.setId("evaluation-board");
        // readable at 1280 px: titles and the panel wrap; each panel member on a line with what they still owe
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // minimum widths that hold a long word and a name with its badge: on a phone the board scrolls sideways
        // rather than cutting "Hyperspectral" or "Paolo Esposito (submitted)"
        grid.addColumn(BoardRow::title).setHeader(getTranslation("evaluation.inbox.proposal")).setFlexGrow(3).setWidth("10em");
        grid.addComponentColumn(row -> {
            HorizontalLayout steps = new HorizontalLayout();
            steps.setSpacing(false);
            steps.addClassName("cv-badges");
            if (row.steps().isEmpty()) {
                steps.add(new Badge(getTranslation("evaluation.progress.finished"), Badge.Tone.DECIDED));
            }
            row.steps().forEach(s -> steps.add(new Badge(getTranslation(s.labelKey()),
                    row.waitingForFirm() ? Badge.Tone.WARNING : Badge.Tone.INFO)));
            return steps;
        }).setHeader(getTranslation("evaluation.progress.step")).setFlexGrow(2);
        grid.addComponentColumn(row -> panel(row.panel())).setHeader(getTranslation("evaluation.panels.panel")).setFlexGrow(3)
                .setWidth("15em").setKey("panel");
        grid.addComponentColumn(row -> row.late() > 0
                ? new Badge(getTranslation("evaluation.progress.late", row.late()), Badge.Tone.ERROR) : new Span())
                .setHeader(getTranslation("evaluation.progress.lateHeader")).setAutoWidth(true);
        if (!reports.isEmpty()) {
            grid.addComponentColumn(row -> notAnonymous(reported.getOrDefault(row.proposalId(), List.of())))
                    .setHeader(getTranslation("evaluation.anonymity.header")).setKey("anonymity").setAutoWidth(true);
        }
        grid.addComponentColumn(row -> {
            Button picture = new Button(getTranslation("evaluation.progress.diagram"), e -> diagram(board, row));
            picture.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return picture;
        }).setAutoWidth(true);
        grid.setItems(board.board(challengeId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evaluation.eligibility.empty"));
        add(grid);
    }

    private Span notAnonymous(List<AnonymityReports.Report> reports) {
        if (reports.isEmpty()) {
            return new Span();
        }
        Badge badge = new Badge(getTranslation("evaluation.anonymity.badge", reports.size()), Badge.Tone.ERROR);
        String notes = reports.stream().map(r -> Times.format(r.reportedAt(), getLocale())
                + (r.note() == null ? "" : ": " + r.note())).collect(Collectors.joining("\n"));
        badge.setTitle(notes);
        Span cell = new Span(badge);
        reports.stream().filter(r -> r.note() != null).forEach(r -> {
            Span note = new Span(" " + r.note());
            note.addClassName("cv-hint");
            cell.add(note);
        });
        return cell;
    }

    /** Why the challenge is not ready to rank: what each open proposal waits for, and from whom. */
    private Component readiness(ReadinessReport report) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("cv-readiness");
        if (report.ready()) {
            if (report.submitted() > 0) {
                box.add(new Paragraph(getTranslation("evaluation.readiness.ready")));
            }
            return box;
        }
        box.add(new H3(getTranslation("evaluation.readiness.title")),
                new Paragraph(getTranslation("evaluation.readiness.summary", report.waiting().size(), report.submitted())));
        Grid<ReadinessReport.Waiting> waiting = new Grid<>();
        waiting.setId("evaluation-readiness");
        waiting.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        waiting.addColumn(ReadinessReport.Waiting::proposalTitle).setHeader(getTranslation("evaluation.readiness.proposal"))
                .setFlexGrow(3);
        waiting.addColumn(w -> getTranslation(w.reason().labelKey())).setHeader(getTranslation("evaluation.readiness.waitsFor"))
                .setFlexGrow(2);
        waiting.addColumn(w -> w.who().isEmpty() ? getTranslation("evaluation.readiness.firm") : String.join(", ", w.who()))
                .setHeader(getTranslation("evaluation.readiness.who")).setFlexGrow(2);
        waiting.setItems(report.waiting());
        waiting.setAllRowsVisible(true);
        box.add(waiting);
        return box;
    }

    /** One line per current panel member: the name, then what they still owe (declare, score) or have done. */
    private Div panel(List<PanelService.PanelMember> members) {
        Div cell = new Div();
        members.stream().filter(m -> !"REPLACED".equals(m.status())).forEach(m -> {
            Span name = new Span(m.name() + (m.rapporteur()
                    ? " (" + getTranslation("evaluation.panels.rapporteur").toLowerCase(getLocale()) + ")" : "") + " ");
            Div line = new Div(name, new Badge(getTranslation("evaluation.member." + m.status()), tone(m.status())));
            line.addClassName("cv-panel-member");
            cell.add(line);
        });
        return cell;
    }

    private static Badge.Tone tone(String status) {
        return switch (status) {
            case "ASSIGNED", "CLEARED" -> Badge.Tone.WARNING;
            case "CONFLICT" -> Badge.Tone.ERROR;
            default -> Badge.Tone.SUCCESS;
        };
    }

    private void diagram(BoardService board, BoardRow row) {
        Dialog dialog = new Dialog(row.title());
        dialog.setWidth("min(1200px, 96vw)");
        Image image = new Image(Downloads.of(() -> board.diagram(row.proposalId()), "evaluation-" + row.proposalId() + ".png",
                "image/png"), getTranslation("evaluation.progress.diagramAlt"));
        image.setWidthFull();
        dialog.add(image);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
