package it.convergo.proposal.ui;

import static it.convergo.proposal.ui.DraftForm.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import it.convergo.base.ui.CountedText;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalLimits;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The answers to the firm's questions, one field per question of the form in form order, bound to the draft's
 * answers by position: text (counted), number, one choice, yes/no, several choices. PDF questions are
 * answered in the files section.
 */
final class AnswerFields {

    private final Binder<ProposalDraft> binder;
    private final Consumer<Binder.Binding<ProposalDraft, ?>> autosave;
    /** The field of each question by its position in the form. */
    final Map<Integer, Component> fields = new LinkedHashMap<>();

    AnswerFields(Binder<ProposalDraft> binder, List<QuestionDef> questions, Consumer<Binder.Binding<ProposalDraft, ?>> autosave) {
        this.binder = binder;
        this.autosave = autosave;
        Locale locale = UI.getCurrent().getLocale();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDef q = questions.get(i);
            if (q.type() != QuestionType.PDF_UPLOAD) {
                fields.put(i, field(i, q, q.label(locale) + (q.required() ? " *" : "")));
            }
        }
    }

    /** Whether the form asks anything besides files. */
    boolean isEmpty() {
        return fields.isEmpty();
    }

    private Component field(int pos, QuestionDef q, String label) {
        int max = ProposalLimits.answerMax(q);
        return switch (q.type()) {
            case SHORT_TEXT -> text(pos, DraftForm.typing(CountedText.field(label, max)), max);
            case LONG_TEXT -> text(pos, DraftForm.typing(CountedText.area(label, max)), max);
            case NUMBER -> {
                TextField f = DraftForm.typing(CountedText.field(label, ProposalLimits.NUMBER_ANSWER));
                f.setAllowedCharPattern("[0-9.,-]");
                yield text(pos, f, ProposalLimits.NUMBER_ANSWER);
            }
            case SINGLE_CHOICE, YES_NO -> {
                RadioButtonGroup<String> g = new RadioButtonGroup<>(label);
                List<String> options = q.type() == QuestionType.YES_NO ? List.of("yes", "no") : q.options();
                g.setItems(options);
                if (q.type() == QuestionType.YES_NO) {
                    g.setItemLabelGenerator(o -> t("proposal.answer." + o));
                }
                bind(g, d -> {
                    String value = d.getAnswers().getOrDefault(pos, "");
                    return options.contains(value) ? value : null;
                }, (d, v) -> d.getAnswers().put(pos, v == null ? "" : v));
                yield g;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> g = new CheckboxGroup<>(label);
                g.setItems(q.options());
                bind(g, d -> {
                    Set<String> chosen = new LinkedHashSet<>(Arrays.asList(d.getAnswers().getOrDefault(pos, "").split("\n")));
                    chosen.retainAll(q.options());
                    return chosen;
                }, (d, v) -> d.getAnswers().put(pos, String.join("\n", q.options().stream().filter(v::contains).toList())));
                yield g;
            }
            case PDF_UPLOAD -> throw new IllegalStateException("files are handled in their own section");
        };
    }

    private <F extends Component & HasValue<?, String>> F text(int pos, F field, int max) {
        autosave.accept(binder.forField(field)
                .withValidator(new StringLengthValidator(t("proposal.error.atMost", max), 0, max))
                .bind(d -> d.getAnswers().getOrDefault(pos, ""), (d, v) -> d.getAnswers().put(pos, v == null ? "" : v)));
        return field;
    }

    private <V> void bind(HasValue<?, V> field, ValueProvider<ProposalDraft, V> get, Setter<ProposalDraft, V> set) {
        autosave.accept(binder.forField(field).bind(get, set));
    }
}
