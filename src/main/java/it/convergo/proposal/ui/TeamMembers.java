package it.convergo.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Notifications;
import it.convergo.proposal.ProposalTeam;

/** The team members invited by e-mail; the lead invites and removes them, the others see the list. */
final class TeamMembers extends Div {

    private final ProposalTeam team;
    private final long proposalId;
    private final boolean lead;

    TeamMembers(ProposalTeam team, long proposalId, boolean lead) {
        this.team = team;
        this.proposalId = proposalId;
        this.lead = lead;
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new Paragraph(getTranslation("proposal.team.intro")));
        UnorderedList list = new UnorderedList();
        for (String email : team.members(proposalId)) {
            ListItem item = new ListItem(new Span(email));
            if (lead) {
                Button remove = new Button(getTranslation("proposal.team.remove"), e -> {
                    team.removeMember(proposalId, email);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(remove);
            }
            list.add(item);
        }
        add(list);
        if (lead) {
            add(invitation());
        }
    }

    /** The address field and the invite button; a refused address is marked on the field itself. */
    private HorizontalLayout invitation() {
        EmailField email = new EmailField(getTranslation("proposal.team.email"));
        Button invite = new Button(getTranslation("proposal.team.invite"), VaadinIcon.ENVELOPE_O.create(), e -> {
            try {
                team.invite(proposalId, email.getValue());
                Notifications.success("proposal.team.invited", email.getValue());
                refresh();
            } catch (UserFacingException ex) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
            }
        });
        HorizontalLayout row = new HorizontalLayout(email, invite);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
