package it.convergo.challenge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.FormDefinition;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import java.util.ArrayList;
import java.util.List;

/** The application form: the limits of its fixed fields, the firm's own questions in order, and a preview. */
class FormSection extends VerticalLayout {

    private final VerticalLayout rows = new VerticalLayout();
    private final IntegerField titleMax = new IntegerField(getTranslation("challenge.editor.titleMax"));
    private final IntegerField acronymMax = new IntegerField(getTranslation("challenge.editor.acronymMax"));
    private final IntegerField abstractMax = new IntegerField(getTranslation("challenge.editor.abstractMax"));
    private final BigDecimalField budgetMax = new BigDecimalField(getTranslation("challenge.editor.budgetMax"));

    FormSection(EditorForm form, int step) {
        setPadding(false);
        String limits = getTranslation("challenge.error.formLimits");
        form.binder.forField(titleMax).asRequired(limits).bind("titleMax");
        form.binder.forField(acronymMax).asRequired(limits).bind("acronymMax");
        form.binder.forField(abstractMax).asRequired(limits).bind("abstractMax");
        form.binder.forField(budgetMax).bind("budgetMax");
        rows.setPadding(false);
        form.draft.getQuestions().forEach(q -> rows.add(new QuestionRow(q)));
        Button add = new Button(getTranslation("challenge.editor.addQuestion"), VaadinIcon.PLUS.create(),
                e -> rows.add(new QuestionRow(new QuestionDef(QuestionType.LONG_TEXT, "", "", true, 1000, null, List.of()))));
        Button preview = new Button(getTranslation("challenge.editor.previewForm"), VaadinIcon.EYE.create(), e -> preview());
        preview.setId("challenge-preview-form");
        form.errorsOn(step, abstractMax, "challenge.error.formLimits");
        form.errorsOn(step, budgetMax, "challenge.error.budgetMax");
        add(new Paragraph(getTranslation("challenge.editor.form.help")),
                new FormLayout(titleMax, acronymMax, abstractMax, budgetMax), new H3(getTranslation("challenge.editor.questions")),
                rows, new HorizontalLayout(add, preview));
    }

    /** What the binder does not carry: the questions, in their order. */
    void writeTo(ChallengeDraft draft) {
        draft.setQuestions(new ArrayList<>(questions()));
    }

    private List<QuestionDef> questions() {
        return rows.getChildren().map(c -> ((QuestionRow) c).value()).toList();
    }

    /** The form as applicants will see it, with what is typed now (saved or not). */
    private void preview() {
        FormDefinition shown = new FormDefinition(orDefault(titleMax, 200), orDefault(acronymMax, 20),
                orDefault(abstractMax, 2000), budgetMax.getValue(), questions());
        Dialog dialog = new Dialog(getTranslation("challenge.editor.previewForm"));
        dialog.add(new Paragraph(getTranslation("challenge.editor.previewForm.help")), new FormPreview(shown));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(760px, 95vw)");
        dialog.open();
    }

    private static int orDefault(IntegerField field, int fallback) {
        return field.getValue() == null ? fallback : field.getValue();
    }

    private final class QuestionRow extends Div {
        private final Select<QuestionType> type = new Select<>();
        private final TextField labelEn = new TextField(getTranslation("challenge.question.labelEn"));
        private final TextField labelIt = new TextField(getTranslation("challenge.question.labelIt"));
        private final Checkbox required = new Checkbox(getTranslation("challenge.question.required"));
        private final Checkbox outline = new Checkbox(getTranslation("challenge.question.outline"));
        private final IntegerField maxChars = new IntegerField(getTranslation("challenge.question.maxChars"));
        private final IntegerField maxPages = new IntegerField(getTranslation("challenge.question.maxPages"));
        private final TextArea options = new TextArea(getTranslation("challenge.question.options"));

        QuestionRow(QuestionDef q) {
            addClassNames("cv-card", "cv-ch-row");
            type.setLabel(getTranslation("challenge.question.type"));
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
            type.setValue(q.type());
            labelEn.setValue(q.labelEn() == null ? "" : q.labelEn());
            labelIt.setValue(q.labelIt() == null ? "" : q.labelIt());
            labelEn.setMaxLength(ChallengeLimits.QUESTION_LABEL);
            labelIt.setMaxLength(ChallengeLimits.QUESTION_LABEL);
            required.setValue(q.required());
            outline.setValue(q.outline());
            outline.setTooltipText(getTranslation("challenge.question.outline.help"));
            maxChars.setValue(q.maxChars());
            maxPages.setValue(q.maxPages());
            options.setValue(String.join("\n", q.options()));
            options.setHelperText(getTranslation("challenge.question.options.help"));
            type.addValueChangeListener(e -> showLimits());
            showLimits();
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(-1));
            up.setAriaLabel(getTranslation("challenge.editor.moveUp"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(1));
            down.setAriaLabel(getTranslation("challenge.editor.moveDown"));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> rows.remove(this));
            remove.setAriaLabel(getTranslation("challenge.editor.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button b : new Button[] {up, down, remove}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            labelEn.setWidthFull();
            labelIt.setWidthFull();
            options.setWidthFull();
            FlexLayout top = new FlexLayout(type, required, outline, maxChars, maxPages, up, down, remove);
            top.addClassName("cv-ch-numbers");
            add(top, labelEn, labelIt, options);
        }

        private void showLimits() {
            QuestionType t = type.getValue();
            maxChars.setVisible(t == QuestionType.SHORT_TEXT || t == QuestionType.LONG_TEXT);
            maxPages.setVisible(t == QuestionType.PDF_UPLOAD);
            options.setVisible(t != null && t.hasOptions());
        }

        private void move(int delta) {
            int target = rows.indexOf(this) + delta;
            if (target < 0 || target >= rows.getComponentCount()) {
                return;
            }
            rows.remove(this);
            rows.addComponentAtIndex(target, this);
        }

        QuestionDef value() {
            List<String> opts = type.getValue() != null && type.getValue().hasOptions()
                    ? options.getValue().lines().map(String::trim).filter(s -> !s.isEmpty()).toList() : List.of();
            return new QuestionDef(type.getValue(), labelEn.getValue().trim(), labelIt.getValue().trim(), required.getValue(),
                    maxChars.isVisible() ? maxChars.getValue() : null, maxPages.isVisible() ? maxPages.getValue() : null, opts,
                    outline.getValue());
        }
    }
}
