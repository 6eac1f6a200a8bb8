package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValidationException;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.FormBinder;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.eligibility.EligibilityItem;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.eligibility.IneligibilityReason;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Eligibility of every submitted proposal, decided one by one or in bulk from the grid. */
class EligibilityTab extends VerticalLayout {

    private final EligibilityService eligibility;
    private final long challengeId;
    private final Grid<EligibilityItem> grid = new Grid<>();

    EligibilityTab(EligibilityService eligibility, long challengeId) {
        this.eligibility = eligibility;
        this.challengeId = challengeId;
        setPadding(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAriaLabel(getTranslation("evaluation.eligibility.gridLabel"));
        grid.addColumn(EligibilityItem::title).setHeader(getTranslation("evaluation.inbox.proposal")).setFlexGrow(2);
        grid.addColumn(EligibilityItem::organisationName).setHeader(getTranslation("evaluation.reader.organisation")).setFlexGrow(1);
        grid.addColumn(i -> Times.format(i.submittedAt(), getLocale())).setHeader(getTranslation("esr.submitted")).setAutoWidth(true);
        grid.addComponentColumn(i -> i.pending() ? new Badge(getTranslation("evaluation.eligibility.pending"), Badge.Tone.WARNING)
                : i.eligible() ? new Badge(getTranslation("evaluation.eligibility.eligible"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("evaluation.eligibility.notEligible"), Badge.Tone.ERROR))
                .setHeader(getTranslation("evaluation.overview.status")).setAutoWidth(true);
        grid.addColumn(i -> i.reason() == null ? (i.note() == null ? "" : i.note())
                        : getTranslation(i.reason().labelKey()) + (i.note() == null ? "" : " — " + i.note()))
                .setHeader(getTranslation("evaluation.eligibility.reason")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evaluation.eligibility.empty"));
        Button eligible = new Button(getTranslation("evaluation.eligibility.markEligible"), e -> decide(true, null, null));
        eligible.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button notEligible = new Button(getTranslation("evaluation.eligibility.markNotEligible"), e -> askReason());
        notEligible.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("evaluation.eligibility.intro")), new HorizontalLayout(eligible, notEligible), grid);
        refresh();
    }

    private void refresh() {
        List<EligibilityItem> items = eligibility.items(challengeId);
        grid.setItems(items);
        grid.deselectAll();
    }

    private void askReason() {
        Dialog dialog = new Dialog(getTranslation("evaluation.eligibility.markNotEligible"));
        Select<IneligibilityReason> reason = new Select<>();
        reason.setLabel(getTranslation("evaluation.eligibility.reason"));
        reason.setItems(IneligibilityReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        TextArea note = CountedText.area(getTranslation("evaluation.eligibility.note"), EvaluationLimits.ELIGIBILITY_NOTE);
        Paragraph noteHelp = new Paragraph(getTranslation("evaluation.eligibility.noteHelp"));
        noteHelp.addClassName("cv-hint");
        FormBinder<NotEligibleInput> binder = new FormBinder<>(NotEligibleInput.class);
        binder.forField(reason).bind("reason");
        binder.forField(note).bind("note");
        dialog.add(new Paragraph(getTranslation("evaluation.eligibility.notEligibleText", grid.getSelectedItems().size())),
                reason, noteHelp, note);
        Button confirm = new Button(getTranslation("evaluation.eligibility.markNotEligible"), e -> {
            try {
                NotEligibleInput input = binder.writeRecord();
                decide(false, input.reason(), input.note());
                dialog.close(); // a refusal of the service skips this: the dialog stays open and the error handler tells why
            } catch (ValidationException refused) {
                FormBinder.focusFirst(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void decide(boolean eligible, @Nullable IneligibilityReason reason, @Nullable String note) {
        Set<EligibilityItem> selected = grid.getSelectedItems();
        List<Long> pending = selected.stream().filter(EligibilityItem::pending).map(EligibilityItem::proposalId).toList();
        int decided = eligibility.decide(challengeId, pending, eligible, reason, note);
        Notifications.success("evaluation.eligibility.saved", decided);
        if (decided < pending.size()) {
            Notifications.success("evaluation.eligibility.decidedByColleague", pending.size() - decided);
        }
        refresh();
    }
}
