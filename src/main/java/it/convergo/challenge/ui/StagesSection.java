package it.convergo.challenge.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import it.convergo.challenge.ChallengeDraft;

/**
 * "Two-stage call": a short outline stage until the outline deadline, the firm's shortlist, then full proposals
 * by invitation until the challenge's deadline. Which questions the outline asks is marked on each question of
 * the application form. Fixed once the challenge is published, like its opening.
 */
class StagesSection extends VerticalLayout {

    StagesSection(EditorForm form, int step) {
        setPadding(false);
        Checkbox twoStage = new Checkbox(getTranslation("challenge.editor.twoStage"));
        twoStage.setId("challenge-two-stage");
        DateTimePicker outlineCloses = ChallengeViewsSupport.romeDateTime("challenge.editor.outlineClosesAt");
        outlineCloses.setId("challenge-outline-closes");
        outlineCloses.setHelperText(getTranslation("challenge.editor.outlineClosesAt.help"));
        form.binder.forField(twoStage).bind(ChallengeDraft::isTwoStage, ChallengeDraft::setTwoStage);
        form.binder.forField(outlineCloses).bind(ChallengeDraft::getOutlineClosesAt, ChallengeDraft::setOutlineClosesAt);
        twoStage.addValueChangeListener(e -> outlineCloses.setEnabled(e.getValue()));
        outlineCloses.setEnabled(form.draft.isTwoStage());
        if (form.stored.status().isPublished()) {
            twoStage.setReadOnly(true);
            outlineCloses.setReadOnly(true);
            outlineCloses.setHelperText(getTranslation("challenge.editor.twoStage.fixed"));
        }
        form.errorsOn(step, outlineCloses, "challenge.error.outlineDates");
        add(new Paragraph(getTranslation("challenge.editor.twoStage.help")), twoStage, new FormLayout(outlineCloses),
                new Paragraph(getTranslation("challenge.editor.twoStage.questions")));
    }
}
