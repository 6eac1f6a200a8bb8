package it.convergo.challenge.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.ui.MultiSelect;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.OrganisationChoice;
import it.convergo.challenge.Visibility;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** Who sees the challenge (public, or invited organisations and an access code) and its key dates. */
class AccessSection extends VerticalLayout {

    private final MultiSelectComboBox<OrganisationChoice> invited = new MultiSelect<>();

    AccessSection(EditorForm form, int step, ChallengeEditor editor, FilesPanel files) {
        setPadding(false);
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("challenge.editor.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        form.binder.forField(visibility).bind(ChallengeDraft::getVisibility, ChallengeDraft::setVisibility);
        invited.setLabel(getTranslation("challenge.editor.invited"));
        invited.setItems(query -> editor.organisationChoices(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        invited.setItemLabelGenerator(OrganisationChoice::name);
        invited.setValue(new HashSet<>(editor.organisationChoices(form.draft.getInvitedOrganisations())));
        invited.setWidthFull();
        TextField code = new TextField(getTranslation("challenge.editor.accessCode"));
        code.setHelperText(getTranslation("challenge.editor.accessCode.help"));
        form.binder.forField(code).bind("accessCode");

        DateTimePicker opens = ChallengeViewsSupport.romeDateTime("challenge.editor.opensAt");
        DateTimePicker closes = ChallengeViewsSupport.romeDateTime("challenge.editor.closesAt");
        DateTimePicker evaluation = ChallengeViewsSupport.romeDateTime("challenge.editor.evaluationEndsAt");
        DateTimePicker results = ChallengeViewsSupport.romeDateTime("challenge.editor.resultsAt");
        form.binder.forField(opens).bind(ChallengeDraft::getOpensAt, ChallengeDraft::setOpensAt);
        form.binder.forField(closes).withValidator(c -> c == null || opens.getValue() == null || c.isAfter(opens.getValue()),
                getTranslation("challenge.error.closesBeforeOpens")).bind(ChallengeDraft::getClosesAt, ChallengeDraft::setClosesAt);
        form.binder.forField(evaluation).bind(ChallengeDraft::getEvaluationEndsAt, ChallengeDraft::setEvaluationEndsAt);
        form.binder.forField(results).bind(ChallengeDraft::getResultsAt, ChallengeDraft::setResultsAt);
        if (form.stored.status().isPublished()) {
            opens.setReadOnly(true);
            opens.setHelperText(getTranslation("challenge.error.opensFixed"));
        }
        form.errorsOn(step, code, "challenge.error.accessCode");
        form.errorsOn(step, opens, "challenge.error.opensFixed");
        form.errorsOn(step, closes, "challenge.error.closesBeforeOpens", "challenge.error.closesInPast",
                "challenge.error.deadlineEarlier");
        form.errorsOn(step, evaluation, "challenge.error.evaluationBeforeClose");
        form.errorsOn(step, results, "challenge.error.resultsBeforeEvaluation");
        add(visibility, invited, code, new H3(getTranslation("challenge.editor.dates")),
                new Paragraph(getTranslation("challenge.editor.dates.help")), new FormLayout(opens, closes, evaluation, results),
                files);
    }

    /** What the binder does not carry: the invited organisations. */
    void writeTo(ChallengeDraft draft) {
        draft.setInvitedOrganisations(invited.getValue().stream().map(OrganisationChoice::id).collect(Collectors.toSet()));
    }
}
