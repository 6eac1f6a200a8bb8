package it.convergo.proposal.ui;

import static it.convergo.proposal.ui.ProposalUi.section;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalContent;
import it.convergo.proposal.ProposalDraft;
import it.convergo.proposal.ProposalOverview;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.proposal.ProposalTeam;
import it.convergo.proposal.ProposalUploads;
import it.convergo.proposal.SubmissionInfo;
import it.convergo.proposal.SubmittedVersion;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A proposal that cannot be changed now (submitted, withdrawn, decided, or past the deadline): the outcome so
 * far, then the version that counts exactly as it was sent (every field, answer, team member and attached file,
 * with its number, time, content hash and receipt), the receipts of every version, and, until the deadline,
 * reopen and withdraw. A draft never submitted shows its content as it stands. Stacked cards, so a phone reads
 * it top to bottom.
 */
final class ReadOnlyProposal extends Div {

    private final ProposalSubmissions submissions;
    private final ProposalOverview overview;
    private final Runnable reload;

    /** {@code reload}: rebuilds the page from the server after a reopen or withdrawal. */
    ReadOnlyProposal(ProposalSubmissions submissions, MyProposals mine, ProposalTeam team, ProposalUploads uploads,
                     ProposalOverview overview, ProposalDraft draft, Runnable reload) {
        this.submissions = submissions;
        this.overview = overview;
        this.reload = reload;
        long id = overview.id();
        addClassNames("cv-proposal-readonly");
        Div status = new Div();
        status.addClassNames("cv-card", "cv-proposal-section");
        status.setId("submitted");
        if (!overview.open() && overview.status() == ProposalStatus.DRAFT) {
            status.add(new Paragraph(getTranslation("proposal.read.missedDeadline")));
        }
        if (overview.outcomeNote() != null) {
            Paragraph note = new Paragraph(getTranslation("proposal.read.outcome", ProposalUi.outcomeNote(this, overview.outcomeNote())));
            note.addClassName("cv-proposal-banner");
            status.add(note);
        }
        Optional<SubmittedVersion> sent = overview.submissionVersion() > 0
                ? submissions.lastSubmitted(id, getLocale()) : Optional.empty();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("cv-proposal-actions");
        sent.ifPresent(v -> {
            status.add(new H2(getTranslation("proposal.read.submitted")));
            Div facts = new Div(new Fact(getTranslation("proposal.receipt.version"), String.valueOf(v.number())),
                    new Fact(getTranslation("proposal.receipt.submittedAt"), Times.format(v.submittedAt(), getLocale())));
            facts.addClassName("cv-facts");
            Fact hash = new Fact(getTranslation("proposal.receipt.hash"), v.contentHash());
            hash.addClassName("cv-proposal-hashfact");
            status.add(facts, hash);
            actions.add(ProposalUi.download(getTranslation("proposal.mine.receiptLink"),
                    () -> submissions.receipt(id, v.number())));
        });
        actions.add(ProposalUi.download(getTranslation("proposal.editor.pdf"), () -> mine.dossier(id)));
        if (overview.open() && overview.lead() && overview.status() == ProposalStatus.SUBMITTED) {
            Button reopen = new Button(getTranslation("proposal.reopen.button"), VaadinIcon.EDIT.create(), e -> reopen());
            reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(reopen, new WithdrawButton(submissions, overview, reload));
            Paragraph hint = new Paragraph(getTranslation("proposal.read.reopenHint", Times.format(overview.closesAt(), getLocale())));
            hint.addClassName("cv-help");
            status.add(hint);
        }
        status.add(actions);
        add(status);
        if (sent.isPresent()) {
            SubmittedVersion v = sent.get();
            add(basics(v.title(), v.acronym(), v.abstractText(), v.trlNow(), v.trlTarget(), v.areas()),
                    section(this, "team", block("proposal.field.team", v.teamText()), members(team.members(id))),
                    section(this, "budget", new Fact(getTranslation("proposal.field.budget"), money(v.budget())),
                            block("proposal.field.budgetText", v.budgetText())),
                    section(this, "questions", answers(v.answers())),
                    section(this, "files", files(v.files(), uploads, id)),
                    receipts(id));
        } else {
            add(section(this, "basics", basicsContent(draft.getTitle(), draft.getAcronym(), draft.getAbstractText(),
                            draft.getTrlNow(), draft.getTrlTarget(), draft.getAreas()).toArray(Component[]::new)),
                    section(this, "team", block("proposal.field.team", draft.getTeamText()), members(team.members(id))),
                    section(this, "budget", new Fact(getTranslation("proposal.field.budget"), money(draft.getBudget())),
                            block("proposal.field.budgetText", draft.getBudgetText())));
        }
    }

    private Div basics(String title, String acronym, String abstractText, int trlNow, int trlTarget,
                       Collection<TechnologyArea> areas) {
        return section(this, "basics", basicsContent(title, acronym, abstractText, trlNow, trlTarget, areas)
                .toArray(Component[]::new));
    }

    private List<Component> basicsContent(String title, String acronym, String abstractText, int trlNow, int trlTarget,
                                          Collection<TechnologyArea> areas) {
        Div facts = new Div(new Fact(getTranslation("proposal.field.title"), title),
                new Fact(getTranslation("proposal.field.acronym"), acronym),
                new Fact(getTranslation("proposal.field.trl"), trlNow + " → " + trlTarget),
                new Fact(getTranslation("proposal.field.areas"), String.join(", ",
                        areas.stream().sorted().map(a -> getTranslation(a.labelKey())).toList())));
        facts.addClassName("cv-facts");
        return List.of(facts, block("proposal.field.abstract", abstractText));
    }

    /** A labelled text as it was written, line breaks kept. */
    private Div block(String key, @Nullable String value) {
        return answer(getTranslation(key), value);
    }

    private static Div answer(String label, @Nullable String value) {
        Paragraph text = new Paragraph(value == null || value.isBlank() ? "—" : value);
        text.addClassName("cv-proposal-text");
        Div d = new Div(new H3(label), text);
        d.addClassName("cv-proposal-answer");
        return d;
    }

    private Div members(List<String> emails) {
        Div d = new Div(new H3(getTranslation("proposal.read.members")));
        d.addClassName("cv-proposal-answer");
        if (emails.isEmpty()) {
            d.add(new Paragraph(getTranslation("proposal.read.noMembers")));
        } else {
            UnorderedList list = new UnorderedList();
            emails.forEach(e -> list.add(new ListItem(e)));
            d.add(list);
        }
        return d;
    }

    private Component[] answers(List<ProposalContent.Answer> answers) {
        if (answers.isEmpty()) {
            return new Component[] {new Paragraph(getTranslation("proposal.editor.noQuestions"))};
        }
        return answers.stream().map(a -> answer(a.question(), a.value())).toArray(Component[]::new);
    }

    private Component files(List<ProposalContent.FileInfo> files, ProposalUploads uploads, long id) {
        if (files.isEmpty()) {
            return new Paragraph(getTranslation("proposal.receipt.noFiles"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("cv-proposal-filelist");
        for (ProposalContent.FileInfo f : files) {
            Span facts = new Span(getTranslation("proposal.files.facts", f.pages(), ProposalUi.size(f.sizeBytes()))
                    + (f.question().isBlank() ? "" : " · " + f.question()));
            facts.addClassName("cv-proposal-filefacts");
            list.add(new ListItem(ProposalUi.download(f.fileName(), () -> uploads.myFile(id, f.fileId())), facts));
        }
        return list;
    }

    /** Every submitted version with its receipt, newest first. */
    private Div receipts(long id) {
        UnorderedList versions = new UnorderedList();
        for (SubmissionInfo info : submissions.submissions(id)) {
            Span text = new Span(getTranslation("proposal.read.version", info.number(),
                    Times.format(info.submittedAt(), getLocale()), info.contentHash()));
            text.addClassName("cv-proposal-hash");
            versions.add(new ListItem(text, ProposalUi.download(getTranslation("proposal.mine.receiptLink"),
                    () -> submissions.receipt(id, info.number()))));
        }
        Div d = new Div(new H2(getTranslation("proposal.read.receipts")), versions);
        d.addClassNames("cv-card", "cv-proposal-section");
        d.setId("receipts");
        return d;
    }

    private String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat euros = NumberFormat.getCurrencyInstance(getLocale());
        euros.setCurrency(Currency.getInstance("EUR"));
        return euros.format(amount);
    }

    void reopen() {
        submissions.reopen(overview.id());
        Notifications.success("proposal.reopen.done");
        reload.run();
    }
}
