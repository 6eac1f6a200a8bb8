package it.convergo.challenge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.ui.MultiSelect;
import it.convergo.base.TechnologyArea;
import it.convergo.base.ui.CountedText;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.Markdown;
import it.convergo.challenge.Sector;
import java.util.HashSet;

/** The editor's first step: language, title, summary, the Markdown texts, sector, areas and TRL range. */
class BasicsSection extends FormLayout {

    BasicsSection(EditorForm form, int step) {
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("challenge.editor.language"));
        language.setItems("it", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        form.binder.forField(language).bind(ChallengeDraft::getLanguage, ChallengeDraft::setLanguage);
        TextField title = CountedText.field(getTranslation("challenge.editor.title"), ChallengeLimits.TITLE);
        form.binder.forField(title).bind("title");
        TextArea summary = CountedText.area(getTranslation("challenge.editor.summary"), ChallengeLimits.SUMMARY);
        form.binder.forField(summary).bind("summary");
        TextArea description = markdown("challenge.editor.description", ChallengeLimits.DESCRIPTION);
        form.binder.forField(description).bind("description");
        Button preview = new Button(getTranslation("challenge.editor.previewText"), VaadinIcon.EYE.create(),
                e -> preview(description.getValue()));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        TextArea problem = markdown("challenge.editor.problem", ChallengeLimits.PROBLEM);
        form.binder.forField(problem).bind("problem");
        TextArea outcome = markdown("challenge.editor.outcome", ChallengeLimits.OUTCOME);
        form.binder.forField(outcome).bind("expectedOutcome");
        ComboBox<Sector> sector = new ComboBox<>(getTranslation("challenge.editor.sector"), Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        form.binder.forField(sector).bind(ChallengeDraft::getSector, ChallengeDraft::setSector);
        MultiSelectComboBox<TechnologyArea> areas = new MultiSelect<>(getTranslation("challenge.editor.areas"));
        areas.setItems(TechnologyArea.values());
        areas.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        form.binder.forField(areas).bind(ChallengeDraft::getAreas, (d, v) -> d.setAreas(new HashSet<>(v)));
        IntegerField trlMin = trl("challenge.editor.trlMin");
        IntegerField trlMax = trl("challenge.editor.trlMax");
        form.binder.forField(trlMin).asRequired(getTranslation("challenge.error.trl")).bind("trlMin");
        form.binder.forField(trlMax).asRequired(getTranslation("challenge.error.trl")).bind("trlMax");
        form.errorsOn(step, title, "challenge.error.titleRequired", "challenge.error.tooLong.title");
        form.errorsOn(step, summary, "challenge.error.tooLong.summary");
        form.errorsOn(step, description, "challenge.error.tooLong.description", "challenge.error.unsafeMarkdown");
        form.errorsOn(step, problem, "challenge.error.tooLong.problem");
        form.errorsOn(step, outcome, "challenge.error.tooLong.outcome");
        form.errorsOn(step, trlMax, "challenge.error.trl");
        add(language, title, summary, description, preview, problem, outcome, sector, areas, trlMin, trlMax);
        for (Component wide : new Component[] {title, summary, description, preview, problem, outcome}) {
            setColspan(wide, 2);
        }
    }

    private TextArea markdown(String labelKey, int max) {
        TextArea area = CountedText.area(getTranslation(labelKey), max);
        area.addClassName("cv-ch-markdown-input");
        area.setPlaceholder(getTranslation("challenge.editor.markdownHint"));
        return area;
    }

    private IntegerField trl(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(ChallengeLimits.TRL_MIN);
        f.setMax(ChallengeLimits.TRL_MAX);
        f.setStepButtonsVisible(true);
        return f;
    }

    /** The text as applicants will read it: Markdown rendered to safe HTML. */
    private void preview(String markdown) {
        Dialog dialog = new Dialog(getTranslation("challenge.editor.previewText"));
        Div html = new Div();
        html.addClassName("cv-ch-markdown");
        html.getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
        dialog.add(html);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(800px, 95vw)");
        dialog.open();
    }
}
