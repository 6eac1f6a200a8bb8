package it.convergo.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Notifications;
import it.convergo.proposal.StaffConflicts;

/**
 * "I have a conflict of interest": the firm manager gives the reason and confirms; from then on the proposal,
 * its scores and its discussion are hidden from them (checked on the server), so the page leaves it.
 */
final class StaffConflictButton extends Div {

    final TextArea reason = new TextArea();

    StaffConflictButton(StaffConflicts conflicts, long proposalId, long challengeId) {
        addClassName("cv-staff-conflict");
        Button open = new Button(getTranslation("proposal.staffConflict.button"), VaadinIcon.BAN.create(), e -> {
            Dialog dialog = new Dialog(getTranslation("proposal.staffConflict.title"));
            reason.setLabel(getTranslation("proposal.staffConflict.reason"));
            reason.setMaxLength(StaffConflicts.REASON);
            reason.setWidthFull();
            Button confirm = new Button(getTranslation("proposal.staffConflict.confirm"), c -> {
                try {
                    conflicts.declare(proposalId, reason.getValue());
                    dialog.close();
                    Notifications.success("proposal.staffConflict.declared");
                    UI.getCurrent().navigate("firm/proposals", QueryParameters.of("challenge", String.valueOf(challengeId)));
                } catch (UserFacingException ex) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            dialog.add(new Paragraph(getTranslation("proposal.staffConflict.text")), reason);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), confirm);
            dialog.open();
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(open);
    }
}
