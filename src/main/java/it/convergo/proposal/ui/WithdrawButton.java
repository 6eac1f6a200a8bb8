package it.convergo.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Notifications;
import it.convergo.proposal.ProposalOverview;
import it.convergo.proposal.ProposalSubmissions;

/** Withdraws the proposal after asking: it then no longer counts and cannot be reopened. */
final class WithdrawButton extends Button {

    private final ProposalSubmissions submissions;
    private final long proposalId;
    private final Runnable reload;

    /** {@code reload}: rebuilds the page from the server once the proposal is withdrawn. */
    WithdrawButton(ProposalSubmissions submissions, ProposalOverview overview, Runnable reload) {
        this.submissions = submissions;
        this.proposalId = overview.id();
        this.reload = reload;
        setText(getTranslation("proposal.withdraw.button"));
        addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> Confirm.of("proposal.withdraw.confirmTitle",
                        getTranslation("proposal.withdraw.confirmText", overview.challengeTitle()))
                .confirmText("proposal.withdraw.button").dangerous().then(this::withdraw));
    }

    void withdraw() {
        submissions.withdraw(proposalId);
        Notifications.success("proposal.withdraw.done");
        reload.run();
    }
}
