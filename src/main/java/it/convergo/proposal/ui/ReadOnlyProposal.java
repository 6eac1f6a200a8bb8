package it.convergo.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import it.convergo.base.Times;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalOverview;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.proposal.SubmissionInfo;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A proposal that cannot be changed now (submitted, withdrawn, decided, or past the deadline): the outcome so
 * far, the receipt of every submitted version, the content, and, until the deadline, reopen and withdraw.
 */
final class ReadOnlyProposal extends Div {

    private final ProposalSubmissions submissions;
    private final ProposalOverview overview;
    private final Runnable reload;

    /** {@code reload}: rebuilds the page from the server after a reopen or withdrawal. */
    ReadOnlyProposal(ProposalSubmissions submissions, MyProposals mine, ProposalOverview overview, ProposalDraft draft,
                     Runnable reload) {
        this.submissions = submissions;
        this.overview = overview;
        this.reload = reload;
        long id = overview.id();
        addClassNames("cv-card", "cv-proposal-section");
        if (!overview.open() && overview.status() == ProposalStatus.DRAFT) {
            add(new Paragraph(getTranslation("proposal.read.missedDeadline")));
        }
        if (overview.outcomeNote() != null) {
            Paragraph note = new Paragraph(getTranslation("proposal.read.outcome", overview.outcomeNote()));
            note.addClassName("cv-proposal-banner");
            add(note);
        }
        if (overview.submissionVersion() > 0) {
            add(new H2(getTranslation("proposal.read.receipts")));
            UnorderedList versions = new UnorderedList();
            for (SubmissionInfo info : submissions.submissions(id)) {
                Span text = new Span(getTranslation("proposal.read.version", info.number(),
                        Times.format(info.submittedAt(), getLocale()), info.contentHash()));
                text.addClassName("cv-proposal-hash");
                versions.add(new ListItem(text, ProposalUi.download(getTranslation("proposal.mine.receiptLink"),
                        () -> submissions.receipt(id, info.number()))));
            }
            add(versions);
        }
        add(new H2(getTranslation("proposal.read.content")));
        Div facts = new Div(new Fact(getTranslation("proposal.field.title"), draft.getTitle()),
                new Fact(getTranslation("proposal.field.acronym"), draft.getAcronym()),
                new Fact(getTranslation("proposal.field.trl"), draft.getTrlNow() + " → " + draft.getTrlTarget()),
                new Fact(getTranslation("proposal.field.budget"), draft.getBudget() == null ? ""
                        : NumberFormat.getCurrencyInstance(Locale.of(getLocale().getLanguage(), "IT")).format(draft.getBudget())));
        facts.addClassName("cv-facts");
        Paragraph abstractText = new Paragraph(draft.getAbstractText());
        abstractText.addClassName("cv-proposal-text");
        add(facts, abstractText);
        FlexLayout actions = new FlexLayout(ProposalUi.download(getTranslation("proposal.editor.pdf"), () -> mine.dossier(id)));
        actions.addClassName("cv-proposal-actions");
        if (overview.open() && overview.lead() && overview.status() == ProposalStatus.SUBMITTED) {
            Button reopen = new Button(getTranslation("proposal.reopen.button"), VaadinIcon.EDIT.create(), e -> reopen());
            reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(reopen, new WithdrawButton(submissions, overview, reload));
            Paragraph hint = new Paragraph(getTranslation("proposal.read.reopenHint", Times.format(overview.closesAt(), getLocale())));
            hint.addClassName("cv-help");
            add(hint);
        }
        add(actions);
    }

    void reopen() {
        submissions.reopen(overview.id());
        Notifications.success("proposal.reopen.done");
        reload.run();
    }
}
