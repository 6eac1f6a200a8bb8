package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Countdown;
import it.convergo.base.ui.PhoneCards;
import it.convergo.base.ui.RowCard;
import it.convergo.evaluation.appeals.AppealService;
import it.convergo.evaluation.panel.BiddingService;
import it.convergo.evaluation.pitch.PitchJury;
import it.convergo.evaluation.progress.EvaluatorInbox;
import it.convergo.evaluation.progress.InboxItem;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The evaluator's first screen: assigned proposals with due dates, what to do next, and progress. */
@Route("evaluate")
@RolesAllowed(Role.EVALUATOR_NAME)
@Menu(title = "nav.evaluate", icon = "vaadin:scale", order = 30)
class EvaluatorInboxView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;
    private final List<InboxItem> items;
    private final Grid<InboxItem> grid = new Grid<>();
    private final ComboBox<String> challenge = new ComboBox<>();
    private final ComboBox<InboxItem.Step> step = new ComboBox<>();

    EvaluatorInboxView(EvaluatorInbox inbox, BiddingService bidding, PitchJury pitches, AppealService appeals,
                       Clock clock) {
        this.clock = clock;
        this.items = inbox.items();
        setSizeFull();
        for (var round : bidding.openRounds()) {
            Anchor bid = new Anchor("bids/" + round.id(), getTranslation("evaluation.bid.go"));
            bid.addClassName("cv-download");
            Div card = new Div(new Paragraph(getTranslation("evaluation.bid.invitation", round.title())), bid);
            card.addClassName("cv-card");
            add(card);
        }
        for (PitchJury.Summary pitch : pitches.mine()) {
            if (pitch.submitted()) {
                continue;
            }
            Anchor score = new Anchor("pitch-scores/" + pitch.pitchDayId(), getTranslation("pitch.jury.go"));
            score.addClassName("cv-download");
            Div card = new Div(new Paragraph(getTranslation(pitch.open() ? "pitch.jury.inboxOpen" : "pitch.jury.inboxSoon",
                    pitch.challengeTitle(), Times.format(pitch.startsAt(), getLocale()))), score);
            card.addClassName("cv-card");
            add(card);
        }
        // appeals against published results this evaluator reviews (never on the panel of these proposals)
        for (var appeal : appeals.toReview()) {
            if (appeal.open()) {
                Anchor review = new Anchor("appeals/" + appeal.appealId() + "/review", getTranslation("appeal.inbox.go"));
                review.addClassName("cv-download");
                Div card = new Div(new Paragraph(getTranslation("appeal.inbox.card", appeal.challengeTitle(),
                        appeal.dueAt() == null ? "—" : Times.format(appeal.dueAt(), getLocale()))), review);
                card.addClassNames("cv-card", "cv-appeal-card");
                add(card);
            }
        }
        long done = items.stream().filter(i -> !i.step().open()).count();
        ProgressBar progress = new ProgressBar(0, Math.max(1, items.size()), done);
        progress.getElement().setAttribute("aria-label", getTranslation("evaluation.inbox.progress", done, items.size()));
        Paragraph progressText = new Paragraph(getTranslation("evaluation.inbox.progress", done, items.size()));
        add(new H1(getTranslation("evaluation.inbox.title")), progressText, progress);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("evaluation.inbox.empty"));
            empty.addClassNames("cv-card", "cv-empty-state");
            add(empty);
            return;
        }
        challenge.setPlaceholder(getTranslation("evaluation.inbox.allChallenges"));
        challenge.setAriaLabel(getTranslation("evaluation.inbox.challenge"));
        challenge.setItems(items.stream().map(InboxItem::challengeTitle).distinct().toList());
        challenge.setClearButtonVisible(true);
        step.setPlaceholder(getTranslation("evaluation.inbox.allSteps"));
        step.setAriaLabel(getTranslation("evaluation.inbox.step"));
        step.setItems(InboxItem.Step.values());
        step.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        step.setClearButtonVisible(true);
        challenge.addValueChangeListener(e -> filter());
        step.addValueChangeListener(e -> filter());
        FlexLayout bar = new FlexLayout(challenge, step);
        bar.addClassName("cv-filter-bar");

        grid.setId("evaluator-inbox");
        // titles wrap instead of being cut ("Pompe…")
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(InboxItem::proposalTitle).setHeader(getTranslation("evaluation.inbox.proposal")).setFlexGrow(2);
        grid.addColumn(InboxItem::challengeTitle).setHeader(getTranslation("evaluation.inbox.challenge")).setFlexGrow(1);
        grid.addComponentColumn(this::badge).setHeader(getTranslation("evaluation.inbox.step")).setAutoWidth(true);
        grid.addColumn(this::due).setHeader(getTranslation("evaluation.inbox.due")).setAutoWidth(true);
        // on a phone (evaluators often score on one): one column, each proposal a card with title, challenge, step and due date
        PhoneCards.add(this, grid, this::card, getTranslation("evaluation.inbox.proposal"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("evaluate/" + e.getItem().proposalId())));
        grid.setItems(items);
        grid.setSizeFull();
        add(bar, grid);
    }

    private Badge badge(InboxItem i) {
        return new Badge(getTranslation(i.step().labelKey()), i.step().open() ? Badge.Tone.WARNING
                : i.step() == InboxItem.Step.CONFLICT ? Badge.Tone.NEUTRAL : Badge.Tone.SUCCESS);
    }

    private Component card(InboxItem i) {
        Div title = new Div(i.proposalTitle());
        title.getStyle().set("font-weight", "600");
        Span challengeTitle = new Span(i.challengeTitle());
        challengeTitle.addClassName("cv-proposal-sub");
        return new RowCard(title, challengeTitle).line(badge(i), new Span(due(i)));
    }

    private void filter() {
        grid.setItems(items.stream().filter(i -> challenge.getValue() == null || Objects.equals(challenge.getValue(), i.challengeTitle()))
                .filter(i -> step.getValue() == null || step.getValue() == i.step()).toList());
    }

    /** Date, time and zone; plus the time left when under a week and still open. */
    private String due(InboxItem item) {
        String when = Times.format(item.dueAt(), getLocale());
        Duration left = Duration.between(clock.instant(), item.dueAt());
        if (!item.step().open()) {
            return when;
        }
        if (!left.isPositive()) {
            return when + " · " + getTranslation("evaluation.inbox.late");
        }
        if (left.toDays() < 7) {
            return when + " · " + Countdown.left(this, item.dueAt(), clock.instant());
        }
        return when;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.inbox.title") + " · Convergo";
    }
}
