package it.convergo.challenge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import it.convergo.base.ui.CountedText;
import it.convergo.challenge.FormDefinition;
import it.convergo.challenge.QuestionDef;

/** The application form as an applicant will see it: fixed fields with their limits, then the firm's questions. */
class FormPreview extends Div {

    FormPreview(FormDefinition form) {
        addClassName("cv-ch-form-preview");
        add(new H3(getTranslation("challenge.form.fixed")));
        TextField title = CountedText.field(getTranslation("challenge.form.proposalTitle"), form.titleMax());
        TextField acronym = CountedText.field(getTranslation("challenge.form.acronym"), form.acronymMax());
        TextArea summary = CountedText.area(getTranslation("challenge.form.abstract"), form.abstractMax());
        IntegerField trlNow = new IntegerField(getTranslation("challenge.form.trlNow"));
        IntegerField trlTarget = new IntegerField(getTranslation("challenge.form.trlTarget"));
        TextArea team = new TextArea(getTranslation("challenge.form.team"));
        BigDecimalField budget = new BigDecimalField(getTranslation("challenge.form.budget"));
        if (form.budgetMax() != null) {
            budget.setHelperText(getTranslation("challenge.form.budgetMax", form.budgetMax().stripTrailingZeros()));
        }
        for (Component c : new Component[] {title, acronym, summary, trlNow, trlTarget, team, budget}) {
            c.getElement().setAttribute("required", true);
            c.addClassName("cv-ch-wide");
            add(c);
        }
        if (!form.questions().isEmpty()) {
            add(new H3(getTranslation("challenge.form.custom")));
        }
        int n = 0;
        for (QuestionDef q : form.questions()) {
            n++;
            add(field(q, n));
        }
    }

    private Component field(QuestionDef q, int n) {
        String label = n + ". " + q.label(getLocale()) + (q.required() ? " *" : "");
        Component field = switch (q.type()) {
            case SHORT_TEXT -> CountedText.field(label, q.maxChars());
            case LONG_TEXT -> CountedText.area(label, q.maxChars());
            case SINGLE_CHOICE -> {
                RadioButtonGroup<String> f = new RadioButtonGroup<>(label);
                f.setItems(q.options());
                yield f;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> f = new CheckboxGroup<>(label);
                f.setItems(q.options());
                yield f;
            }
            case NUMBER -> new NumberField(label);
            case YES_NO -> new Checkbox(label);
            case PDF_UPLOAD -> {
                Div box = new Div(new Paragraph(label), new Paragraph(getTranslation("challenge.form.pdfPages", q.maxPages())));
                Upload upload = new Upload();
                upload.setEnabled(false);
                box.add(upload);
                yield box;
            }
        };
        field.addClassName("cv-ch-wide");
        return field;
    }
}
