package it.convergo.challenge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.CriterionDef;
import java.math.BigDecimal;
import java.util.ArrayList;

/** How proposals will be judged: the criteria (one row each), the overall threshold, evaluators, blind review. */
class CriteriaSection extends VerticalLayout {

    private final VerticalLayout rows = new VerticalLayout();

    CriteriaSection(EditorForm form, int step) {
        setPadding(false);
        rows.setPadding(false);
        form.draft.getCriteria().forEach(c -> rows.add(new CriterionRow(c)));
        Button add = new Button(getTranslation("challenge.editor.addCriterion"), VaadinIcon.PLUS.create(),
                e -> rows.add(new CriterionRow(new CriterionDef("", "", BigDecimal.ONE, new BigDecimal("5"),
                        new BigDecimal("0.5"), new BigDecimal("3"), (int) rows.getChildren().count() + 1))));
        Button defaults = new Button(getTranslation("challenge.editor.defaultCriteria"), e -> {
            rows.removeAll();
            CriterionDef.defaults("it".equals(form.draft.getLanguage())).forEach(c -> rows.add(new CriterionRow(c)));
        });
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        BigDecimalField overall = new BigDecimalField(getTranslation("challenge.editor.overallThreshold"));
        overall.setHelperText(getTranslation("challenge.editor.overallThreshold.help"));
        form.binder.forField(overall).bind("overallThreshold");
        IntegerField evaluators = new IntegerField(getTranslation("challenge.editor.evaluators"));
        evaluators.setMin(ChallengeLimits.MIN_EVALUATORS);
        evaluators.setMax(ChallengeLimits.MAX_EVALUATORS);
        evaluators.setStepButtonsVisible(true);
        form.binder.forField(evaluators).asRequired(getTranslation("challenge.error.evaluators")).bind("evaluatorsPerProposal");
        Checkbox blind = new Checkbox(getTranslation("challenge.editor.blind"));
        form.binder.forField(blind).bind(ChallengeDraft::isBlindEvaluation, ChallengeDraft::setBlindEvaluation);
        BigDecimalField divergence = new BigDecimalField(getTranslation("challenge.editor.divergence"));
        divergence.setHelperText(getTranslation("challenge.editor.divergence.help"));
        form.binder.forField(divergence).bind("divergenceThreshold");
        form.errorsOn(step, overall, "challenge.error.overallThreshold");
        form.errorsOn(step, evaluators, "challenge.error.evaluators");
        form.errorsOn(step, divergence, "challenge.error.divergence");
        add(new Paragraph(getTranslation("challenge.editor.criteria.help")), rows, new HorizontalLayout(add, defaults),
                new FormLayout(overall, evaluators, divergence, blind));
    }

    /** What the binder does not carry: the criteria rows. */
    void writeTo(ChallengeDraft draft) {
        draft.setCriteria(new ArrayList<>(rows.getChildren().map(c -> ((CriterionRow) c).value()).toList()));
    }

    private final class CriterionRow extends Div {
        private final TextField name = new TextField(getTranslation("challenge.criterion.name"));
        private final TextField description = new TextField(getTranslation("challenge.criterion.description"));
        private final BigDecimalField weight = new BigDecimalField(getTranslation("challenge.criterion.weight"));
        private final BigDecimalField max = new BigDecimalField(getTranslation("challenge.criterion.max"));
        private final BigDecimalField step = new BigDecimalField(getTranslation("challenge.criterion.step"));
        private final BigDecimalField threshold = new BigDecimalField(getTranslation("challenge.criterion.threshold"));
        private final IntegerField tieBreak = new IntegerField(getTranslation("challenge.criterion.tieBreak"));

        CriterionRow(CriterionDef c) {
            addClassNames("cv-card", "cv-ch-row");
            name.setValue(c.name() == null ? "" : c.name());
            name.setMaxLength(ChallengeLimits.CRITERION_NAME);
            description.setValue(c.description() == null ? "" : c.description());
            description.setMaxLength(ChallengeLimits.CRITERION_DESCRIPTION);
            weight.setValue(c.weight());
            max.setValue(c.maxScore());
            step.setValue(c.step());
            threshold.setValue(c.threshold());
            tieBreak.setValue(c.tieBreak());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> rows.remove(this));
            remove.setAriaLabel(getTranslation("challenge.editor.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            FlexLayout numbers = new FlexLayout(weight, max, step, threshold, tieBreak, remove);
            numbers.addClassName("cv-ch-numbers");
            name.setWidthFull();
            description.setWidthFull();
            add(name, description, numbers);
        }

        CriterionDef value() {
            return new CriterionDef(name.getValue().trim(), description.getValue().trim(), weight.getValue(), max.getValue(),
                    step.getValue(), threshold.getValue(), tieBreak.getValue() == null ? 0 : tieBreak.getValue());
        }
    }
}
