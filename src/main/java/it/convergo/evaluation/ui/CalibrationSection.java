package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.results.RankingBasis;
import it.convergo.evaluation.results.RankingBasisService;
import it.convergo.evaluation.results.RankingView;

/**
 * Calibration on the ranking tab: first the choice of the deciding ranking (raw or normalised), made once and
 * before either is shown; then the normalised ranking next to the raw one and each evaluator's scale, with a
 * plain explanation.
 */
final class CalibrationSection extends Div {

    private CalibrationSection() {
    }

    /** The choice, with what each ranking means; {@code chosen} re-renders the tab once it is stored. */
    static Div choice(RankingBasisService bases, long challengeId, Runnable chosen) {
        CalibrationSection box = new CalibrationSection();
        box.addClassName("cv-calibration-choice");
        RadioButtonGroup<RankingBasis> basis = new RadioButtonGroup<>(box.getTranslation("evaluation.calibration.choose"));
        basis.setItems(RankingBasis.values());
        basis.setItemLabelGenerator(b -> box.getTranslation(b.labelKey()));
        Button confirm = new Button(box.getTranslation("evaluation.calibration.confirm"), e -> {
            if (basis.getValue() == null) {
                basis.setInvalid(true);
                basis.setErrorMessage(box.getTranslation("evaluation.calibration.error.choose"));
                return;
            }
            Confirm.of("evaluation.calibration.confirm", box.getTranslation("evaluation.calibration.confirmText",
                    box.getTranslation(basis.getValue().labelKey()))).then(() -> {
                bases.choose(challengeId, basis.getValue());
                Notifications.success("evaluation.calibration.chosen");
                chosen.run();
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new H3(box.getTranslation("evaluation.calibration.chooseTitle")),
                new Paragraph(box.getTranslation("evaluation.calibration.explain")),
                new Paragraph(box.getTranslation("evaluation.calibration.chooseHelp")), basis, confirm);
        return box;
    }

    /** The normalised ranking and the evaluators' scales, below the raw ranking. */
    static Div normalised(RankingView view) {
        CalibrationSection box = new CalibrationSection();
        box.addClassName("cv-calibration");
        box.add(new H3(box.getTranslation("evaluation.calibration.normalisedTitle")),
                new Paragraph(box.getTranslation("evaluation.calibration.explain")));
        Grid<RankingView.Normalised> grid = new Grid<>();
        grid.setId("evaluation-normalised");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> n.entry().rank() == 0 ? "—" : String.valueOf(n.entry().rank()))
                .setHeader(box.getTranslation("esr.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.entry().title()).setHeader(box.getTranslation("evaluation.inbox.proposal")).setFlexGrow(4);
        grid.addColumn(n -> ScoreText.signed(n.meanZ(), box.getLocale()))
                .setHeader(box.getTranslation("evaluation.calibration.meanZ")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.rawRank() == 0 ? "—" : String.valueOf(n.rawRank()))
                .setHeader(box.getTranslation("evaluation.calibration.rawRank")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(view.normalised());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(box.getTranslation("evaluation.ranking.empty"));
        box.add(grid);
        if (!view.scales().isEmpty()) {
            box.add(new H3(box.getTranslation("evaluation.calibration.scalesTitle")),
                    new Paragraph(box.getTranslation("evaluation.calibration.scalesIntro")));
            Grid<RankingView.Scale> scales = new Grid<>();
            scales.setId("evaluation-scales");
            scales.addColumn(RankingView.Scale::evaluator).setHeader(box.getTranslation("admin.users.name"));
            scales.addColumn(RankingView.Scale::evaluations).setHeader(box.getTranslation("evaluation.ranking.evaluations"));
            scales.addColumn(s -> ScoreText.of(s.mean(), box.getLocale())).setHeader(box.getTranslation("evaluation.calibration.mean"));
            scales.addColumn(s -> ScoreText.of(s.deviation(), box.getLocale()))
                    .setHeader(box.getTranslation("evaluation.calibration.deviation"));
            scales.setItems(view.scales());
            scales.setAllRowsVisible(true);
            box.add(scales);
        }
        return box;
    }

    /** Which ranking decides, as a line above the rankings. */
    static Component deciding(RankingView view) {
        CalibrationSection box = new CalibrationSection();
        Paragraph line = new Paragraph(box.getTranslation("evaluation.calibration.deciding", box.getTranslation(view.basis().labelKey())));
        line.addClassName("cv-calibration-deciding");
        return line;
    }
}
