package it.convergo.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import it.convergo.base.ui.MultiSelect;
import it.convergo.base.ui.FormBinder;
import it.convergo.base.TechnologyArea;
import it.convergo.base.ui.CountedText;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.FormDefinition;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The proposal's fields, bound to its draft with Bean Validation ({@link ProposalDraft}'s constraints) plus
 * the limits the challenge's form sets. Every change the user makes is written to the draft as soon as the
 * field is valid and handed to {@code changed} (the editor saves it); an invalid field says why and is not
 * saved, while the other fields go on saving.
 */
final class DraftForm {

    /** How long typing may pause before the text is sent and saved. */
    static final int TYPING_PAUSE_MS = 1500;

    // the portal's binder: constraint messages in the reader's language, the fields' own untranslated checks off
    private final FormBinder<ProposalDraft> binder = new FormBinder<>(ProposalDraft.class);
    private final ProposalDraft draft;
    private final Runnable changed;

    final TextField title;
    final TextField acronym;
    final TextArea abstractText;
    final MultiSelectComboBox<TechnologyArea> areas = new MultiSelect<>();
    final Select<Integer> trlNow = trl();
    final Select<Integer> trlTarget = trl();
    final TextArea teamText = typing(CountedText.area(t("proposal.field.team"), ProposalLimits.TEAM));
    final BigDecimalField budget = new BigDecimalField(t("proposal.field.budget"));
    final TextArea budgetText = typing(CountedText.area(t("proposal.field.budgetText"), ProposalLimits.BUDGET_TEXT));
    final AnswerFields answers;

    DraftForm(ProposalDraft draft, ChallengeView challenge, Runnable changed) {
        this.draft = draft;
        this.changed = changed;
        FormDefinition form = challenge.form();
        title = typing(CountedText.field(t("proposal.field.title"), form.titleMax()));
        acronym = typing(CountedText.field(t("proposal.field.acronym"), form.acronymMax()));
        abstractText = typing(CountedText.area(t("proposal.field.abstract"), form.abstractMax()));
        autosave(binder.forField(title).withValidator(atMost("proposal.field.title", form.titleMax())).bind("title"));
        autosave(binder.forField(acronym).withValidator(atMost("proposal.field.acronym", form.acronymMax())).bind("acronym"));
        autosave(binder.forField(abstractText).withValidator(atMost("proposal.field.abstract", form.abstractMax()))
                .bind("abstractText"));
        areas.setLabel(t("proposal.field.areas"));
        areas.setItems(TechnologyArea.values());
        areas.setItemLabelGenerator(a -> t(a.labelKey()));
        areas.setHelperText(t("proposal.editor.areasHelp"));
        areas.setWidthFull();
        autosave(binder.forField(areas).bind("areas"));
        trlNow.setLabel(t("proposal.field.trlNow"));
        trlTarget.setLabel(t("proposal.field.trlTarget"));
        autosave(binder.forField(trlNow).asRequired(t("proposal.error.trl")).bind("trlNow"));
        autosave(binder.forField(trlTarget).asRequired(t("proposal.error.trl")).bind("trlTarget"));
        autosave(binder.forField(teamText).bind("teamText"));
        budget.setPrefixComponent(new Span("€"));
        BigDecimal max = form.budgetMax();
        if (max != null) {
            budget.setHelperText(t("proposal.editor.budgetMax", max.stripTrailingZeros().toPlainString()));
        }
        budget.setValueChangeMode(ValueChangeMode.ON_BLUR);
        autosave(binder.forField(budget).withValidator(b -> b == null || max == null || b.compareTo(max) <= 0,
                t("proposal.error.budgetMax", max == null ? "" : max.stripTrailingZeros().toPlainString())).bind("budget"));
        autosave(binder.forField(budgetText).bind("budgetText"));
        answers = new AnswerFields(binder, form.questions(), this::autosave);
        binder.readBean(draft);
    }

    /** Title, acronym, abstract, areas and the TRLs. */
    List<Component> basics(ChallengeView challenge) {
        HorizontalLayout trls = new HorizontalLayout(trlNow, trlTarget);
        trls.addClassName("cv-proposal-trls"); // side by side, one under the other on a phone
        Paragraph trlHelp = new Paragraph(t("proposal.editor.trlHelp", challenge.trlMin(), challenge.trlMax()));
        trlHelp.addClassName("cv-help");
        return List.of(title, acronym, abstractText, areas, trls, trlHelp);
    }

    /** Writes the field's value to the draft when it is valid and hands the change on; invalid: the field says why. */
    private void autosave(Binder.Binding<ProposalDraft, ?> binding) {
        binding.getField().addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                binder.writeBean(draft, List.<Binder.Binding<ProposalDraft, ?>>of(binding));
            } catch (ValidationException invalid) {
                return;
            }
            changed.run();
        });
    }

    private StringLengthValidator atMost(String labelKey, int max) {
        return new StringLengthValidator(t("proposal.error.tooLong", t(labelKey), max), 0, max);
    }

    /** A text field that sends its value when typing pauses. */
    static <F extends HasValue<?, String> & HasValueChangeMode> F typing(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        return field;
    }

    private static Select<Integer> trl() {
        Select<Integer> s = new Select<>();
        s.setItems(IntStream.rangeClosed(ProposalLimits.TRL_MIN, ProposalLimits.TRL_MAX).boxed().toList());
        return s;
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
