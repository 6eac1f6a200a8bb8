package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import it.convergo.base.ui.Euros;
import it.convergo.evaluation.results.ConstrainedSelection;
import it.convergo.evaluation.results.ConstrainedSelection.Constraints;
import it.convergo.evaluation.results.SelectionService;
import it.convergo.evaluation.results.SelectionService.Line;
import it.convergo.evaluation.results.SelectionService.SelectionView;
import java.math.BigDecimal;

/**
 * Selection under constraints on the ranking tab: the firm gives the number of winners and, if it wants, a
 * budget cap, a minimum of start-ups and a maximum per region; the best selection under them is shown next
 * to the plain top of the ranking, with what each constraint costs. Advisory: decisions stay one by one.
 */
final class SelectionSection extends Div {

    private final SelectionService selection;
    private final long challengeId;
    private final IntegerField winners = new IntegerField();
    private final BigDecimalField budgetCap = new BigDecimalField();
    private final IntegerField minStartups = new IntegerField();
    private final IntegerField maxPerRegion = new IntegerField();
    private final Div result = new Div();

    SelectionSection(SelectionService selection, long challengeId, int passing) {
        this.selection = selection;
        this.challengeId = challengeId;
        setId("evaluation-selection");
        winners.setLabel(getTranslation("evaluation.selection.winners"));
        winners.setMin(1);
        winners.setStepButtonsVisible(true);
        winners.setValue(Math.max(1, Math.min(3, passing)));
        budgetCap.setLabel(getTranslation("evaluation.selection.budgetCap"));
        budgetCap.setSuffixComponent(new Span("€"));
        minStartups.setLabel(getTranslation("evaluation.selection.minStartups"));
        minStartups.setMin(0);
        maxPerRegion.setLabel(getTranslation("evaluation.selection.maxPerRegion"));
        maxPerRegion.setMin(1);
        Button compute = new Button(getTranslation("evaluation.selection.compute"), e -> compute());
        compute.setId("evaluation-selection-compute");
        HorizontalLayout fields = new HorizontalLayout(winners, budgetCap, minStartups, maxPerRegion, compute);
        fields.setWrap(true);
        fields.setAlignItems(Alignment.BASELINE);
        add(new H3(getTranslation("evaluation.selection")), new Paragraph(getTranslation("evaluation.selection.intro")), fields,
                result);
    }

    private void compute() {
        result.removeAll();
        if (winners.getValue() == null || winners.getValue() < 1) {
            winners.setInvalid(true);
            winners.setErrorMessage(getTranslation("evaluation.selection.error.winners"));
            return;
        }
        winners.setInvalid(false);
        SelectionView view = selection.select(challengeId, new Constraints(winners.getValue(), budgetCap.getValue(),
                minStartups.getValue(), maxPerRegion.getValue()));
        ConstrainedSelection.Outcome o = view.outcome();
        result.add(new Paragraph(getTranslation("evaluation.selection.plain", o.plain().proposalIds().size(),
                ScoreText.of(o.plain().points(), getLocale()), euros(o.plain().budget()))));
        if (!o.constrained().feasible()) {
            Paragraph none = new Paragraph(getTranslation("evaluation.selection.infeasible"));
            none.addClassName("cv-error-text");
            result.add(none);
        } else {
            result.add(new Paragraph(getTranslation("evaluation.selection.constrained", o.constrained().proposalIds().size(),
                    ScoreText.of(o.constrained().points(), getLocale()), euros(o.constrained().budget()))));
            for (ConstrainedSelection.Cost cost : o.costs()) {
                result.add(new Paragraph(cost.points().signum() == 0
                        ? getTranslation("evaluation.selection.free." + cost.limit().name().toLowerCase())
                        : getTranslation("evaluation.selection.cost." + cost.limit().name().toLowerCase(),
                        ScoreText.of(cost.points(), getLocale()))));
            }
        }
        Grid<Line> grid = new Grid<>();
        grid.setId("evaluation-selection-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Line::rank).setHeader(getTranslation("esr.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.title() + " — " + l.organisationName()).setHeader(getTranslation("evaluation.inbox.proposal"))
                .setFlexGrow(1).setWidth("12em");
        grid.addColumn(l -> ScoreText.of(l.points(), getLocale())).setHeader(getTranslation("esr.total")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.budget() == null ? "—" : euros(l.budget())).setHeader(getTranslation("evaluation.selection.budget"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> (l.startup() ? getTranslation("evaluation.selection.startup") + " · " : "")
                + (l.region() == null ? "—" : getTranslation(l.region().labelKey())))
                .setHeader(getTranslation("evaluation.selection.organisation")).setAutoWidth(true);
        grid.addColumn(l -> l.inPlain() ? "✓" : "").setHeader(getTranslation("evaluation.selection.inPlain")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.inConstrained() ? "✓" : "").setHeader(getTranslation("evaluation.selection.inConstrained"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(view.lines());
        grid.setAllRowsVisible(true);
        result.add(grid);
    }

    private String euros(BigDecimal amount) {
        return Euros.whole(amount, getLocale());
    }
}
