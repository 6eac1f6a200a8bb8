package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.TableDownloads;
import it.convergo.evaluation.panel.AutoAssignment;
import it.convergo.evaluation.panel.BiddingService;
import it.convergo.evaluation.panel.PanelCandidate;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.BoardRow;
import it.convergo.evaluation.progress.BoardService;
import it.convergo.evaluation.progress.PanelsExport;
import it.convergo.evaluation.scoring.ReviewRatings;
import it.convergo.proposal.NamedExclusion;
import it.convergo.proposal.ProposalSummary;
import it.convergo.workflow.EvaluationTask;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Panels: compose one proposal's panel with suggestions, or let the optimiser assign the whole challenge;
 * replace evaluators who declared a conflict or do not respond.
 */
class PanelsTab extends VerticalLayout {

    private final PanelService panels;
    private final BoardService board;
    private final BiddingService bidding;
    private final ReviewRatings ratings;
    private final PanelsExport export;
    private final long challengeId;
    private final Div editor = new Div();

    PanelsTab(PanelService panels, BoardService board, BiddingService bidding, ReviewRatings ratings, PanelsExport export,
              long challengeId) {
        this.export = export;
        this.ratings = ratings;
        this.panels = panels;
        this.board = board;
        this.bidding = bidding;
        this.challengeId = challengeId;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        List<ProposalSummary> waiting = panels.waitingForPanel(challengeId);
        add(new H3(getTranslation("evaluation.panels.waiting", waiting.size())));
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.panels.none")));
        } else {
            Checkbox fair = new Checkbox(getTranslation("evaluation.panels.fair"));
            Button auto = new Button(getTranslation("evaluation.panels.auto"), e -> showProposal(fair.getValue()));
            auto.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ComboBox<ProposalSummary> pick = new ComboBox<>(getTranslation("evaluation.panels.pick"));
            pick.setItems(waiting);
            pick.setItemLabelGenerator(ProposalSummary::title);
            pick.setWidth("min(480px, 100%)");
            pick.addValueChangeListener(e -> showCandidates(e.getValue()));
            add(new HorizontalLayout(auto, fair, biddingButton()), pick, editor);
        }
        replacements();
        add(new H3(getTranslation("evaluation.panels.export.title")), TableDownloads.of(
                () -> export.table(challengeId, getLocale()), "panels-" + challengeId, "evaluation-panels"));
    }

    /** Open a bidding round before assigning, or close it; bids feed the suggestions and the optimiser. */
    private Button biddingButton() {
        boolean open = bidding.isOpen(challengeId);
        Button button = new Button(getTranslation(open ? "evaluation.bid.close" : "evaluation.bid.open"), e -> {
            if (open) {
                bidding.close(challengeId);
            } else {
                bidding.open(challengeId);
            }
            Notifications.success(open ? "evaluation.bid.closed" : "evaluation.bid.opened");
            render();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void showCandidates(@Nullable ProposalSummary proposal) {
        editor.removeAll();
        if (proposal == null) {
            return;
        }
        List<PanelCandidate> candidates = panels.candidates(proposal.id());
        editor.add(named(proposal.id()));
        Grid<PanelCandidate> grid = new Grid<>();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAriaLabel(getTranslation("evaluation.panels.gridLabel"));
        grid.setId("evaluation-candidates");
        grid.addColumn(PanelCandidate::name).setHeader(getTranslation("admin.users.name")).setFlexGrow(2);
        grid.addColumn(c -> c.organisationName() == null ? "" : c.organisationName())
                .setHeader(getTranslation("evaluation.reader.organisation")).setFlexGrow(2);
        grid.addColumn(c -> c.matched().stream().map(a -> getTranslation(a.labelKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("evaluation.panels.matched")).setFlexGrow(3);
        grid.addColumn(PanelCandidate::openLoad).setHeader(getTranslation("evaluation.panels.load")).setAutoWidth(true);
        grid.addColumn(c -> c.bid() == null ? "" : getTranslation(c.bid().labelKey()))
                .setHeader(getTranslation("evaluation.bid.column")).setAutoWidth(true);
        // the evaluator's record of rated reviews, one query for the whole list
        Map<Long, ReviewRatings.History> history = ratings.history(challengeId,
                candidates.stream().map(PanelCandidate::evaluatorId).toList());
        grid.addColumn(c -> quality(history.get(c.evaluatorId())))
                .setHeader(getTranslation("evaluation.quality.column")).setAutoWidth(true).setKey("quality");
        grid.addComponentColumn(c -> c.namedReason() != null
                ? new Badge(getTranslation("evaluation.panels.namedReason", c.namedReason()), Badge.Tone.ERROR)
                : c.exclusion() != null ? new Badge(getTranslation(c.exclusion().labelKey()), Badge.Tone.ERROR)
                : c.overloaded() ? new Badge(getTranslation("evaluation.panels.overloaded"), Badge.Tone.WARNING)
                : c.suggested() ? new Badge(getTranslation("evaluation.panels.suggested"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("evaluation.panels.available"), Badge.Tone.NEUTRAL))
                .setHeader(getTranslation("evaluation.overview.status")).setAutoWidth(true);
        grid.setItems(candidates);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.stream().filter(PanelCandidate::suggested).forEach(grid::select);
        Select<PanelCandidate> rapporteur = new Select<>();
        rapporteur.setLabel(getTranslation("evaluation.panels.rapporteur"));
        rapporteur.setItemLabelGenerator(PanelCandidate::name);
        Runnable refreshRapporteur = () -> {
            List<PanelCandidate> chosen = List.copyOf(grid.getSelectedItems());
            rapporteur.setItems(chosen);
            if (!chosen.isEmpty()) {
                rapporteur.setValue(chosen.getFirst());
            }
        };
        grid.addSelectionListener(e -> refreshRapporteur.run());
        refreshRapporteur.run();
        DateTimePicker due = new DateTimePicker(getTranslation("evaluation.panels.due"));
        due.setHelperText(getTranslation("evaluation.panels.dueHelp"));
        Button assign = new Button(getTranslation("evaluation.panels.assign"), e -> {
            boolean mine = panels.assign(proposal.id(), grid.getSelectedItems().stream().map(PanelCandidate::evaluatorId).toList(),
                    rapporteur.getValue() == null ? -1 : rapporteur.getValue().evaluatorId(),
                    due.getValue() == null ? null : due.getValue().atZone(Times.ROME).toInstant());
            Notifications.success(mine ? "evaluation.panels.assigned" : "evaluation.panels.assignedByColleague");
            render();
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(grid, new HorizontalLayout(rapporteur, due), assign);
    }

    private String quality(ReviewRatings.History h) {
        return h == null || h.rated() == 0 ? getTranslation("evaluation.quality.noHistory")
                : getTranslation("evaluation.quality.history", h.rated(), h.poorPercent());
    }

    /** Who the applicant asked to keep off this panel, with the reasons (the firm's eyes only). */
    private Div named(long proposalId) {
        Div box = new Div();
        box.addClassName("cv-panel-named");
        List<NamedExclusion> named = panels.namedByApplicant(proposalId);
        box.add(new H4(getTranslation("evaluation.panels.namedTitle")));
        if (named.isEmpty()) {
            box.add(new Paragraph(getTranslation("evaluation.panels.namedNone")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        named.forEach(n -> list.add(new ListItem(getTranslation("evaluation.panels.namedItem",
                getTranslation(n.kind().labelKey()), n.who(), n.reason()))));
        box.add(list, new Paragraph(getTranslation("evaluation.panels.namedHelp")));
        return box;
    }

    /**
     * The optimiser's proposal, to review before accepting: each pair with its expertise fit; pairs can be
     * locked (kept on re-run) or excluded (never proposed again) and the optimiser re-run around them.
     */
    private void showProposal(boolean fair) {
        Map<Long, java.util.Set<Long>> locked = new java.util.HashMap<>();
        Map<Long, java.util.Set<Long>> excluded = new java.util.HashMap<>();
        Dialog dialog = new Dialog(getTranslation("evaluation.panels.autoTitle"));
        dialog.setWidth("min(1000px, 96vw)");
        @Nullable AutoAssignment[] current = {null};
        Runnable[] rerun = {null};
        rerun[0] = () -> {
            dialog.removeAll();
            dialog.getFooter().removeAll();
            AutoAssignment proposal = panels.propose(challengeId, fair, locked, excluded);
            current[0] = proposal;
            if (!proposal.feasible()) {
                Paragraph problem = new Paragraph(getTranslation("evaluation.error.infeasible", String.join(", ", proposal.uncovered())));
                problem.addClassName("cv-form-message-error");
                dialog.add(problem);
                dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
                return;
            }
            dialog.add(new Paragraph(getTranslation("evaluation.panels.autoStats", proposal.totalFit(), proposal.worstPanelFit(),
                    getTranslation(proposal.optimal() ? "evaluation.panels.optimal" : "evaluation.panels.fairResult"))),
                    new Paragraph(getTranslation("evaluation.panels.lockHelp")));
            List<long[]> pairs = new java.util.ArrayList<>();
            proposal.panels().forEach((p, panel) -> panel.forEach(e -> pairs.add(new long[] {p, e})));
            Grid<long[]> grid = new Grid<>();
            grid.addColumn(pair -> proposal.proposalTitles().getOrDefault(pair[0], "#" + pair[0]))
                    .setHeader(getTranslation("evaluation.inbox.proposal")).setFlexGrow(3);
            grid.addColumn(pair -> proposal.evaluatorNames().getOrDefault(pair[1], "#" + pair[1]))
                    .setHeader(getTranslation("admin.users.name")).setFlexGrow(2);
            grid.addColumn(pair -> proposal.fit(pair[0], pair[1])).setHeader(getTranslation("evaluation.panels.fit")).setAutoWidth(true);
            grid.addColumn(pair -> proposal.loads().getOrDefault(pair[1], 0)).setHeader(getTranslation("evaluation.panels.load")).setAutoWidth(true);
            grid.addComponentColumn(pair -> {
                Checkbox lock = new Checkbox(getTranslation("evaluation.panels.lock"),
                        locked.getOrDefault(pair[0], java.util.Set.of()).contains(pair[1]));
                lock.addValueChangeListener(e -> toggle(locked, pair, e.getValue()));
                Checkbox exclude = new Checkbox(getTranslation("evaluation.panels.exclude"), false);
                exclude.addValueChangeListener(e -> toggle(excluded, pair, e.getValue()));
                return new HorizontalLayout(lock, exclude);
            }).setAutoWidth(true);
            grid.setItems(pairs);
            grid.setAllRowsVisible(true);
            dialog.add(grid);
            Button again = new Button(getTranslation("evaluation.panels.rerun"), e -> rerun[0].run());
            Button accept = new Button(getTranslation("evaluation.panels.accept"), e -> {
                panels.accept(current[0]);
                Notifications.success("evaluation.panels.assigned");
                dialog.close();
                render();
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), again, accept);
        };
        rerun[0].run();
        dialog.open();
    }

    private static void toggle(Map<Long, java.util.Set<Long>> pairs, long[] pair, boolean on) {
        java.util.Set<Long> set = pairs.computeIfAbsent(pair[0], k -> new java.util.HashSet<>());
        if (on) {
            set.add(pair[1]);
        } else {
            set.remove(pair[1]);
        }
    }

    /** Panel members who declared a conflict or are late, with a way to replace them. */
    private void replacements() {
        List<BoardRow> rows = board.board(challengeId);
        boolean any = false;
        for (BoardRow row : rows) {
            for (PanelService.PanelMember m : row.panel()) {
                boolean conflict = "CONFLICT".equals(m.status()) && row.steps().contains(EvaluationTask.REPLACE_EVALUATOR);
                if (!conflict && !m.late()) {
                    continue;
                }
                if (!any) {
                    add(new H3(getTranslation("evaluation.panels.replaceTitle")));
                    any = true;
                }
                ComboBox<PanelCandidate> replacement = new ComboBox<>();
                replacement.setAriaLabel(getTranslation("evaluation.panels.replacement"));
                replacement.setPlaceholder(getTranslation("evaluation.panels.replacement"));
                replacement.setItems(panels.candidates(row.proposalId()).stream().filter(PanelCandidate::selectable).toList());
                replacement.setItemLabelGenerator(PanelCandidate::name);
                Button replace = new Button(getTranslation("evaluation.panels.replace"), e -> {
                    panels.replace(row.proposalId(), m.evaluatorId(), replacement.getValue() == null ? -1
                            : replacement.getValue().evaluatorId());
                    Notifications.success("evaluation.panels.replaced");
                    render();
                });
                Paragraph who = new Paragraph(getTranslation(conflict ? "evaluation.panels.conflictOf" : "evaluation.panels.lateOf",
                        m.name(), row.title(), m.conflictReason() == null ? "" : m.conflictReason()));
                add(who, new HorizontalLayout(replacement, replace));
            }
        }
    }
}
