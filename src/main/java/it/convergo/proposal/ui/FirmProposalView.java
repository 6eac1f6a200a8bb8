package it.convergo.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Fact;
import it.convergo.account.CurrentUser;
import it.convergo.proposal.Duplicates;
import it.convergo.proposal.FirmProposals;
import it.convergo.proposal.StaffConflicts;
import it.convergo.proposal.ProposalContent;
import it.convergo.proposal.ProposalSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Optional;

/**
 * One submitted proposal on one page for the firm, with its attachments and the merged dossier; a manager with
 * a conflict of interest declares it here ({@link StaffConflictButton}) and no longer sees the proposal.
 */
@Route("proposals/:id/view")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class FirmProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirmProposals proposals;
    private final StaffConflicts staffConflicts;
    private final Duplicates duplicates;
    private String title = "";

    FirmProposalView(FirmProposals proposals, StaffConflicts staffConflicts, Duplicates duplicates) {
        this.proposals = proposals;
        this.duplicates = duplicates;
        this.staffConflicts = staffConflicts;
        addClassNames("cv-page", "cv-page-narrow", "cv-proposals");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new UserFacingException("error.notFound"));
            ProposalContent content = proposals.forFirm(id);
            Optional<Instant> purged = proposals.purgedAt(id);
            if (purged.isPresent()) {
                renderPurged(content.summary(), purged.get());
            } else {
                render(id, content);
            }
        } catch (UserFacingException e) {
            add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation(e.messageKey(), e.params())),
                    new Anchor("firm/proposals", getTranslation("proposal.firm.back")));
        }
    }

    private void render(long id, ProposalContent c) {
        var s = c.summary();
        title = s.title();
        add(new Anchor("firm/proposals?challenge=" + s.challengeId(), getTranslation("proposal.firm.back")), new H1(s.title()));
        Div facts = new Div(new Fact(getTranslation("proposal.field.acronym"), s.acronym()),
                new Fact(getTranslation("proposal.receipt.organisation"), s.organisationName()),
                new Fact(getTranslation("proposal.firm.submittedAt"), Times.format(s.submittedAt(), getLocale())),
                new Fact(getTranslation("proposal.receipt.version"), String.valueOf(s.submissionVersion())),
                new Fact(getTranslation("proposal.field.trl"), c.trlNow() + " → " + c.trlTarget()),
                new Fact(getTranslation("proposal.field.areas"), String.join(", ",
                        s.areas().stream().map(a -> getTranslation(a.labelKey())).toList())));
        facts.addClassName("cv-facts");
        add(ProposalUi.badge(this, s.status(), false), facts);
        if (CurrentUser.get().filter(u -> u.has(Role.FIRM_MANAGER)).isPresent()) {
            add(new StaffConflictButton(staffConflicts, id, s.challengeId()));
        }
        Span hash = new Span(getTranslation("proposal.firm.hash", s.contentHash()));
        hash.addClassName("cv-proposal-hash");
        add(hash);
        add(block("proposal.field.abstract", s.abstractText()), block("proposal.field.team", c.teamText()),
                block("proposal.field.budgetText", c.budgetText()));
        for (ProposalContent.Answer a : c.answers()) {
            Div answer = new Div(new H3(a.question()), text(a.value()));
            answer.addClassName("cv-proposal-answer");
            add(answer);
        }
        add(new H2(getTranslation("proposal.receipt.files")));
        UnorderedList files = new UnorderedList();
        for (ProposalContent.FileInfo f : c.files()) {
            Span facts2 = new Span(getTranslation("proposal.files.facts", f.pages(), ProposalUi.size(f.sizeBytes()))
                    + (f.question().isBlank() ? "" : " · " + f.question()));
            facts2.addClassName("cv-proposal-filefacts");
            files.add(new ListItem(ProposalUi.download(f.fileName(), () -> proposals.fileForFirm(id, f.fileId())), facts2));
        }
        if (c.files().isEmpty()) {
            files.add(new ListItem(getTranslation("proposal.receipt.noFiles")));
        }
        add(files, ProposalUi.download(getTranslation("proposal.firm.dossier"), () -> proposals.dossierForFirm(id)));
        if (DuplicatesSection.visible()) {
            add(new DuplicatesSection(duplicates.forFirm(id)));
        }
    }

    /** The record of the selection that stays after the retention rule deleted the content. */
    private void renderPurged(ProposalSummary s, Instant purgedAt) {
        title = getTranslation("proposal.purged.heading");
        Div facts = new Div(new Fact(getTranslation("proposal.receipt.organisation"), s.organisationName()));
        facts.addClassName("cv-facts");
        add(new Anchor("firm/proposals?challenge=" + s.challengeId(), getTranslation("proposal.firm.back")), new H1(title),
                ProposalUi.badge(this, s.status(), false), facts,
                new PurgedProposal(purgedAt, null, s.submissionVersion(), s.submittedAt(), s.contentHash()));
    }

    private Div block(String key, String value) {
        Div d = new Div(new H2(getTranslation(key)), text(value));
        d.addClassName("cv-proposal-answer");
        return d;
    }

    private Paragraph text(String value) {
        Paragraph p = new Paragraph(value == null ? "" : value);
        p.addClassName("cv-proposal-text");
        return p;
    }

    @Override
    public String getPageTitle() {
        return (title.isBlank() ? getTranslation("proposal.dossier.title") : title) + " · Convergo";
    }
}
