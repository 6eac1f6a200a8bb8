package it.convergo.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Notifications;
import it.convergo.proposal.NamedExclusion;
import it.convergo.proposal.ProposalExclusions;

/**
 * Who should not evaluate the proposal: organisations or people named by the lead, each with a reason. The
 * lead adds and removes them while the proposal can be changed; the team and a submitted proposal show the list.
 */
final class ExcludedEvaluators extends Div {

    private final ProposalExclusions exclusions;
    private final long proposalId;
    private final boolean editable;

    final RadioButtonGroup<NamedExclusion.Kind> kind = new RadioButtonGroup<>();
    final TextField person = new TextField();
    final EmailField email = new EmailField();
    final TextField organisation = new TextField();
    final TextArea reason = new TextArea();

    ExcludedEvaluators(ProposalExclusions exclusions, long proposalId, boolean editable) {
        this.exclusions = exclusions;
        this.proposalId = proposalId;
        this.editable = editable;
        addClassName("cv-proposal-exclusions");
        kind.setLabel(getTranslation("proposal.exclusions.kind"));
        kind.setItems(NamedExclusion.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(NamedExclusion.Kind.ORGANISATION);
        kind.addValueChangeListener(e -> showFields());
        person.setLabel(getTranslation("proposal.exclusions.person"));
        person.setMaxLength(ProposalExclusions.NAME);
        email.setLabel(getTranslation("proposal.exclusions.email"));
        organisation.setLabel(getTranslation("proposal.exclusions.organisation"));
        organisation.setMaxLength(ProposalExclusions.NAME);
        reason.setLabel(getTranslation("proposal.exclusions.reason"));
        reason.setMaxLength(ProposalExclusions.REASON);
        reason.setWidthFull();
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new Paragraph(getTranslation("proposal.exclusions.intro")));
        var named = exclusions.list(proposalId);
        if (named.isEmpty()) {
            add(new Paragraph(getTranslation("proposal.exclusions.none")));
        }
        UnorderedList list = new UnorderedList();
        for (NamedExclusion n : named) {
            ListItem item = new ListItem(new Span(getTranslation(n.kind().labelKey()) + ": " + n.who() + " — " + n.reason()));
            if (editable) {
                Button remove = new Button(getTranslation("proposal.team.remove"), e -> {
                    exclusions.remove(proposalId, n.id());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(remove);
            }
            list.add(item);
        }
        add(list);
        if (editable) {
            Button add = new Button(getTranslation("proposal.exclusions.add"), VaadinIcon.BAN.create(), e -> add());
            add(kind, person, email, organisation, reason, add);
            showFields();
        }
    }

    private void showFields() {
        boolean isPerson = kind.getValue() == NamedExclusion.Kind.PERSON;
        person.setVisible(isPerson);
        email.setVisible(isPerson);
        organisation.setHelperText(isPerson ? getTranslation("proposal.exclusions.organisationOptional") : null);
    }

    /** Saves the name; a refusal is marked on the field concerned and nothing is saved. */
    private void add() {
        person.setInvalid(false);
        email.setInvalid(false);
        organisation.setInvalid(false);
        reason.setInvalid(false);
        boolean isPerson = kind.getValue() == NamedExclusion.Kind.PERSON;
        try {
            exclusions.add(proposalId, kind.getValue(), isPerson ? person.getValue() : null, isPerson ? email.getValue() : null,
                    organisation.getValue(), reason.getValue());
            Notifications.success("proposal.exclusions.added");
            person.clear();
            email.clear();
            organisation.clear();
            reason.clear();
            refresh();
        } catch (UserFacingException ex) {
            String message = getTranslation(ex.messageKey(), ex.params());
            HasValidation field = switch (ex.messageKey()) {
                case "proposal.error.email" -> email;
                case "proposal.exclusions.error.person" -> person;
                case "proposal.exclusions.error.organisation", "proposal.exclusions.error.tooLong" -> organisation;
                case "proposal.exclusions.error.reason" -> reason;
                default -> null;
            };
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(message);
            } else {
                Notifications.error(ex);
            }
        }
    }
}
