package it.convergo.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.ApplicantHomeSection;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.PhoneCards;
import it.convergo.base.ui.RowCard;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.ChallengeCard;
import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalRow;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.ProposalSubmissions;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The applicant's home: every proposal of their organisation (and those they were invited to) with its
 * state, the time left, the next step and the receipt; open challenges to start a new one.
 */
@Route("my-proposals")
@RolesAllowed(Role.APPLICANT_NAME)
@Menu(title = "nav.myProposals", icon = "vaadin:file-text-o", order = 10)
class MyProposalsView extends VerticalLayout implements HasDynamicTitle {

    private final MyProposals mine;
    private final ProposalSubmissions submissions;
    private final Clock clock;
    final Grid<ProposalRow> grid = new Grid<>();
    /** Cards on a phone, the wide columns on a desk; none while the applicant has no proposal. */
    @Nullable PhoneCards<ProposalRow> cards;

    MyProposalsView(MyProposals mine, ProposalSubmissions submissions, Catalogue challenges,
                    ObjectProvider<ApplicantHomeSection> sections, Clock clock) {
        this.mine = mine;
        this.submissions = submissions;
        this.clock = clock;
        addClassNames("cv-page", "cv-proposals");
        add(new H1(getTranslation("proposal.mine.title")));
        if (mine.countMine() == 0) {
            Anchor browse = new Anchor("challenges", getTranslation("proposal.mine.browse"));
            browse.addClassNames("cv-button", "cv-button-primary");
            Div empty = new Div(new H2(getTranslation("proposal.mine.empty.title")),
                    new Paragraph(getTranslation("proposal.mine.empty.text")), browse);
            empty.addClassNames("cv-card", "cv-empty-state");
            add(empty);
        } else {
            configureGrid();
            add(grid);
        }
        // sections other features add (challenges that fit the network profile), each deciding whether it applies
        sections.orderedStream().forEach(section -> section.create().ifPresent(this::add));
        add(openChallenges(challenges.closingSoon(6)));
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a fixed height keeps the grid lazy: only the rows on screen are fetched
        grid.setHeight("60vh");
        grid.setMinHeight("16em");
        grid.addComponentColumn(this::proposalCell).setHeader(getTranslation("proposal.mine.proposal")).setFlexGrow(3);
        grid.addComponentColumn(r -> ProposalUi.badge(this, r.status(), r.editing()))
                .setHeader(getTranslation("proposal.mine.state")).setAutoWidth(true);
        grid.addComponentColumn(this::deadlineCell).setHeader(getTranslation("proposal.mine.deadline")).setFlexGrow(2);
        grid.addComponentColumn(this::nextStep).setHeader(getTranslation("proposal.mine.next")).setFlexGrow(2);
        grid.addComponentColumn(this::receiptCell).setHeader(getTranslation("proposal.mine.receipt")).setAutoWidth(true);
        // on a phone: one column, each proposal a card with everything the wide columns show
        cards = PhoneCards.add(this, grid, this::card, getTranslation("proposal.mine.proposals"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + e.getItem().id())));
        LazyGrids.bind(grid, mine::mine, mine::countMine);
    }

    /** One proposal as a card for a narrow screen: title, challenge, state, deadline and time left, next step, receipt. */
    private Component card(ProposalRow r) {
        RowCard card = new RowCard(proposalCell(r)).line(ProposalUi.badge(this, r.status(), r.editing()), deadlineCell(r))
                .then(nextStep(r));
        if (r.submissionVersion() > 0 && r.purgedAt() == null) {
            card.then(receiptCell(r));
        }
        return card;
    }

    private Component proposalCell(ProposalRow r) {
        String title = r.purgedAt() != null ? ProposalUi.purged(this, r.purgedAt())
                : r.title() == null || r.title().isBlank() ? getTranslation("proposal.editor.untitled") : r.title();
        Anchor open = new Anchor("proposals/" + r.id(), title);
        Span challenge = new Span(r.challengeTitle());
        challenge.addClassName("cv-proposal-sub");
        Div cell = new Div(open, challenge);
        cell.addClassName("cv-proposal-cell");
        return cell;
    }

    private Component deadlineCell(ProposalRow r) {
        Instant now = clock.instant();
        Span when = new Span(Times.format(r.closesAt(), getLocale()));
        boolean stillChangeable = r.status() == ProposalStatus.DRAFT || r.status() == ProposalStatus.SUBMITTED;
        if (!stillChangeable) {
            // in evaluation or decided: the challenge may have closed early, a countdown would mislead
            return new Div(when);
        }
        Span left = new Span(ProposalUi.timeLeft(this, r.closesAt(), now));
        left.addClassName(ProposalUi.urgent(r.closesAt(), now) ? "cv-countdown-urgent" : "cv-countdown");
        return new Div(when, left);
    }

    private Component nextStep(ProposalRow r) {
        boolean open = clock.instant().isBefore(r.closesAt());
        String key = switch (r.status()) {
            case DRAFT -> open ? "proposal.next.complete" : "proposal.next.missed";
            case SUBMITTED -> r.editing() ? (open ? "proposal.next.resubmit" : "proposal.next.lastCounts")
                    : open ? "proposal.next.canReopen" : "proposal.next.waitEligibility";
            case ELIGIBLE, UNDER_EVALUATION -> "proposal.next.waitEvaluation";
            case NOT_ELIGIBLE, DECIDED -> "proposal.next.seeResult";
            case WITHDRAWN -> "proposal.next.withdrawn";
        };
        // decided proposals link to the result page with the Evaluation Summary Report
        Component next;
        if (r.status() == ProposalStatus.DECIDED) {
            Anchor result = new Anchor("results/" + r.id(), getTranslation(key));
            result.addClassName("cv-inline-link");
            next = result;
        } else {
            next = new Span(getTranslation(key));
        }
        Div cell = new Div(next);
        if (r.outcomeNote() != null && (r.status() == ProposalStatus.NOT_ELIGIBLE || r.status() == ProposalStatus.DECIDED)) {
            Span note = new Span(ProposalUi.outcomeNote(this, r.outcomeNote()));
            note.addClassNames("cv-proposal-note", r.status() == ProposalStatus.DECIDED ? "cv-proposal-note-decided" : "cv-proposal-note-refused");
            cell.add(note);
        }
        return cell;
    }

    private Component receiptCell(ProposalRow r) {
        if (r.submissionVersion() == 0) {
            return new Span("—");
        }
        Span when = new Span(getTranslation("proposal.mine.submittedOn", Times.format(r.submittedAt(), getLocale()), r.submissionVersion()));
        when.addClassName("cv-proposal-sub");
        return new Div(ProposalUi.download(getTranslation("proposal.mine.receiptLink"), () -> submissions.receipt(r.id(), 0)), when);
    }

    private Component openChallenges(List<ChallengeCard> cards) {
        Div section = new Div(new H2(getTranslation("proposal.mine.open")));
        section.addClassName("cv-proposal-open");
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation("proposal.mine.noneOpen")));
            return section;
        }
        Div grid = new Div();
        grid.addClassName("cv-card-grid");
        Instant now = clock.instant();
        for (ChallengeCard c : cards) {
            Anchor start = new Anchor("proposals/new/" + c.id(), getTranslation("proposal.start.button"));
            start.addClassNames("cv-button", "cv-button-secondary");
            Span left = new Span(ProposalUi.timeLeft(this, c.closesAt(), now));
            left.addClassName(ProposalUi.urgent(c.closesAt(), now) ? "cv-countdown-urgent" : "cv-countdown");
            Div card = new Div(new H3(c.title()), new Span(c.firmName()), left, start);
            card.addClassName("cv-card");
            grid.add(card);
        }
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.mine.title") + " · Convergo";
    }
}
