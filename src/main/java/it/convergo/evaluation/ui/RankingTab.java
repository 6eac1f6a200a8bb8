package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationException;
import it.convergo.base.ui.FormBinder;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.SpreadsheetXlsx;
import it.convergo.base.ui.Downloads;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.pitch.PitchResults;
import it.convergo.evaluation.results.Outcome;
import it.convergo.evaluation.results.RankingBasisService;
import it.convergo.evaluation.results.RankingView;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.results.SelectionService;
import java.nio.charset.StandardCharsets;

/**
 * The ranking with thresholds, the firm's decisions and feedback, leniency, calibration (normalised ranking,
 * evaluators' scales), exports and publication; first the choice of the deciding ranking ({@link CalibrationSection}).
 */
class RankingTab extends VerticalLayout {

    private final ResultsService results;
    private final RankingBasisService bases;
    private final SelectionService selection;
    private final long challengeId;
    private final PitchResults pitchResults;

    RankingTab(ResultsService results, RankingBasisService bases, SelectionService selection, long challengeId,
               PitchResults pitchResults) {
        this.pitchResults = pitchResults;
        this.results = results;
        this.bases = bases;
        this.selection = selection;
        this.challengeId = challengeId;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        RankingView view = results.ranking(challengeId);
        if (view.publishedAt() != null) {
            add(new Badge(getTranslation("evaluation.ranking.published", Times.format(view.publishedAt(), getLocale())),
                    Badge.Tone.DECIDED));
        } else if (!view.readyToDecide()) {
            add(new Paragraph(getTranslation("evaluation.ranking.notReady")));
        }
        if (!view.basisChosen()) {
            add(CalibrationSection.choice(bases, challengeId, this::render));
            return;
        }
        add(CalibrationSection.deciding(view));
        Grid<RankingView.Row> grid = new Grid<>();
        grid.setId("evaluation-ranking");
        // readable at 1280 px: long titles and organisations wrap instead of being cut, short columns size to
        // their content, the threshold verdict sits with the total and the decision with the outcome
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.entry().rank() == 0 ? "—" : String.valueOf(r.entry().rank()))
                .setHeader(getTranslation("esr.rank")).setAutoWidth(true).setFlexGrow(0);
        // the proposal takes what the figures leave: criteria columns fit their name and score, never cut
        grid.addComponentColumn(this::proposal).setHeader(getTranslation("evaluation.inbox.proposal")).setFlexGrow(1)
                .setWidth("10em").setKey("proposal");
        for (int i = 0; i < view.criteria().size(); i++) {
            final int c = i;
            grid.addColumn(r -> ScoreText.of(r.entry().scores().get(c), getLocale()) + (r.entry().criterionPassed().get(c) ? "" : " ✗"))
                    .setHeader(view.criteria().get(i).name()).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(r -> {
            Span total = new Span(ScoreText.of(r.entry().total(), getLocale()) + (r.entry().tieBroken() ? " *" : "") + " ");
            Div cell = new Div(total, r.entry().passed() ? new Badge(getTranslation("evaluation.ranking.above"), Badge.Tone.SUCCESS)
                    : new Badge(getTranslation("evaluation.ranking.below"), Badge.Tone.ERROR));
            return cell;
        }).setHeader(getTranslation("esr.total")).setAutoWidth(true).setFlexGrow(0).setKey("total");
        boolean open = view.publishedAt() == null;
        grid.addComponentColumn(r -> {
            Div cell = new Div(r.outcome() == null ? new Span("—") : new Badge(getTranslation(r.outcome().labelKey()), Badge.Tone.DECIDED));
            if (open) {
                Button decide = new Button(getTranslation("evaluation.ranking.decide"), e -> decide(r));
                decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                cell.add(new Div(decide));
            }
            return cell;
        }).setHeader(getTranslation("esr.outcome")).setWidth("11em").setFlexGrow(0).setKey("outcome"); // fits the longest outcome
        grid.setItems(view.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evaluation.ranking.empty"));
        add(new Paragraph(getTranslation("evaluation.ranking.intro", ScoreText.of(view.overallThreshold(), getLocale()))), grid);
        // the ranking with the pitch, next to the written one it starts from
        pitchResults.combined(challengeId).ifPresent(combined -> add(new PitchRankingSection(combined)));

        if (!view.leniency().isEmpty()) {
            add(new H3(getTranslation("evaluation.ranking.leniency")), new Paragraph(getTranslation("evaluation.ranking.leniencyIntro")));
            Grid<RankingView.Leniency> leniency = new Grid<>();
            leniency.addColumn(RankingView.Leniency::evaluator).setHeader(getTranslation("admin.users.name"));
            leniency.addColumn(l -> ScoreText.signed(l.difference(), getLocale()))
                    .setHeader(getTranslation("evaluation.ranking.difference"));
            leniency.addColumn(RankingView.Leniency::evaluations).setHeader(getTranslation("evaluation.ranking.evaluations"));
            leniency.setItems(view.leniency());
            leniency.setAllRowsVisible(true);
            add(leniency);
        }
        add(CalibrationSection.normalised(view));
        long passing = view.rows().stream().filter(r -> r.entry().passed()).count();
        if (passing > 0) {
            add(new SelectionSection(selection, challengeId, (int) passing));
        }
        Anchor csv = new Anchor(Downloads.of(() -> results.rankingCsv(challengeId, getLocale()).getBytes(StandardCharsets.UTF_8),
                "ranking-" + challengeId + ".csv", "text/csv"), getTranslation("evaluation.ranking.csv"));
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(Downloads.of(() -> results.rankingXlsx(challengeId, getLocale()),
                "ranking-" + challengeId + ".xlsx", SpreadsheetXlsx.CONTENT_TYPE), getTranslation("evaluation.ranking.xlsx"));
        xlsx.getElement().setAttribute("download", true);
        Anchor zip = new Anchor(Downloads.of(() -> results.allReports(challengeId, getLocale()), "reports-" + challengeId + ".zip",
                "application/zip"), getTranslation("evaluation.ranking.reports"));
        zip.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(csv, xlsx, zip);
        actions.setAlignItems(Alignment.CENTER);
        if (view.publishedAt() == null && view.readyToDecide()) {
            Button publish = new Button(getTranslation("evaluation.ranking.publish"), e -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        add(actions);
    }

    /** The title above the applicant organisation, both wrapping rather than cut. */
    private Div proposal(RankingView.Row r) {
        Div title = new Div(r.entry().title());
        title.getStyle().set("font-weight", "600");
        Div organisation = new Div(r.organisationName() == null ? "" : r.organisationName());
        organisation.addClassName("cv-hint");
        return new Div(title, organisation);
    }

    private void decide(RankingView.Row row) {
        Dialog dialog = new Dialog(row.entry().title());
        Select<Outcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("esr.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        outcome.setValue(row.outcome());
        TextArea feedback = CountedText.area(getTranslation("esr.feedback"), EvaluationLimits.FEEDBACK);
        feedback.setValue(row.feedback() == null ? "" : row.feedback());
        FormBinder<DecisionInput> binder = new FormBinder<>(DecisionInput.class);
        binder.forField(outcome).bind("outcome");
        binder.forField(feedback).bind("feedback");
        dialog.add(outcome, feedback);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                DecisionInput input = binder.writeRecord();
                results.decide(row.entry().proposalId(), input.outcome(), input.feedback());
                dialog.close();
                render();
            } catch (ValidationException refused) {
                FormBinder.focusFirst(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmPublish() {
        Confirm.of("evaluation.ranking.publish", getTranslation("evaluation.ranking.publishConfirm")).then(() -> {
            results.publish(challengeId);
            Notifications.success("evaluation.ranking.publishedNow");
            render();
        });
    }
}
