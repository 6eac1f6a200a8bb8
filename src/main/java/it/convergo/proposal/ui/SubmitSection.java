package it.convergo.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import it.convergo.proposal.MissingItem;
import it.convergo.proposal.ProposalOverview;
import java.util.List;

/**
 * The end of the form: the checklist of what is still missing, the submit button (the lead's, enabled once
 * nothing is missing), withdrawing, and the whole proposal as one PDF.
 */
final class SubmitSection extends Div {

    final UnorderedList checklist = new UnorderedList();
    final Button submit;
    private final ProposalOverview overview;

    /** {@code lead}: what only the lead may do besides submitting (withdraw). */
    SubmitSection(ProposalOverview overview, Runnable onSubmit, Component lead, Component dossier) {
        this.overview = overview;
        submit = new Button(submitText(), VaadinIcon.PAPERPLANE_O.create(), e -> onSubmit.run());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(submit);
        actions.addClassName("cv-proposal-actions");
        if (overview.lead()) {
            actions.add(lead);
        } else {
            submit.setEnabled(false);
            Span leadOnly = new Span(getTranslation("proposal.submit.leadOnly", overview.leadName()));
            leadOnly.addClassName("cv-help");
            actions.add(leadOnly);
        }
        actions.add(dossier);
        add(new Paragraph(getTranslation("proposal.submit.intro")), checklist, actions);
    }

    /** Shows what is missing (or that the proposal is ready); the lead can submit once nothing is. */
    void show(List<MissingItem> missing) {
        checklist.removeAll();
        if (missing.isEmpty()) {
            ListItem ready = new ListItem(getTranslation("proposal.submit.ready"));
            ready.addClassName("cv-check-done");
            checklist.add(ready);
        }
        for (MissingItem m : missing) {
            ListItem item = new ListItem(getTranslation(m.key(), m.detail() == null ? "" : m.detail()));
            item.addClassName("cv-check-missing");
            checklist.add(item);
        }
        submit.setEnabled(overview.lead() && missing.isEmpty());
    }

    /** "Submitting…, please wait" on the disabled button while the submission runs. */
    void busy() {
        submit.setEnabled(false);
        submit.setText(getTranslation("proposal.submit.busy"));
    }

    /** The button's own text again, after a refused submission. */
    void idle() {
        submit.setText(submitText());
    }

    String submitText() {
        return getTranslation(overview.editing() ? "proposal.submit.resubmit" : "proposal.submit.button");
    }
}
