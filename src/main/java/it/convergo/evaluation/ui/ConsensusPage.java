package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.consensus.ConsensusService;
import it.convergo.evaluation.consensus.ConsensusView;
import it.convergo.evaluation.questions.PanelQuestions;
import it.convergo.evaluation.scoring.ReviewRatings;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.IntStream;

/**
 * The panel's consensus: individual scores side by side with the spread, the discussion, and the
 * rapporteur's final scores and comments (with a minority opinion where someone disagrees).
 */
@Route("consensus/:proposalId")
@RolesAllowed({Role.EVALUATOR_NAME, Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class ConsensusPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsensusService consensus;
    private final ReviewRatings ratings;
    private final PanelQuestions questions;
    private final Clock clock;
    private long proposalId;
    private String title = "";

    ConsensusPage(ConsensusService consensus, ReviewRatings ratings, PanelQuestions questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
        this.consensus = consensus;
        this.ratings = ratings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "proposalId", id -> {
            proposalId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        ConsensusView view = consensus.view(proposalId);
        title = view.proposalTitle();
        Anchor back = new Anchor("evaluate/" + proposalId, getTranslation("evaluation.consensus.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(getTranslation("evaluation.consensus.title", view.proposalTitle())));
        add(view.completed() ? new Badge(getTranslation("evaluation.consensus.completed"), Badge.Tone.SUCCESS)
                : view.divergent() ? new Badge(getTranslation("evaluation.consensus.divergent"), Badge.Tone.WARNING)
                : new Badge(getTranslation("evaluation.consensus.agreeing"), Badge.Tone.INFO));
        add(sideBySide(view));
        Div columns = new Div(discussion(view), finalScores(view));
        columns.addClassName("cv-two-columns");
        add(columns);
        long me = CurrentUser.require().userId();
        if (view.individuals().stream().anyMatch(i -> i.evaluatorId() == me)) {
            // the panel's questions to the applicant; the firm reads them in its challenge's evaluation
            Div clarifications = new Div(new QuestionsSection(questions, clock, proposalId));
            clarifications.addClassName("cv-card");
            add(clarifications);
        }
        ReviewRatingCard.of(ratings, view, CurrentUser.require().userId()).ifPresent(this::add);
    }

    private Grid<Integer> sideBySide(ConsensusView view) {
        Grid<Integer> grid = new Grid<>();
        grid.addColumn(i -> view.criteria().get(i).name()).setHeader(getTranslation("esr.criterion")).setAutoWidth(true);
        for (ConsensusView.Individual individual : view.individuals()) {
            grid.addColumn(i -> individual.sheet() == null || individual.sheet().scores().get(i) == null ? "—"
                    : ScoreText.of(individual.sheet().scores().get(i), getLocale())).setHeader(individual.name());
        }
        grid.addColumn(i -> i < view.spread().size() ? ScoreText.of(view.spread().get(i), getLocale()) : "")
                .setHeader(getTranslation("evaluation.consensus.spread"));
        grid.setItems(IntStream.range(0, view.criteria().size()).boxed().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div discussion(ConsensusView view) {
        Div box = new Div(new H2(getTranslation("evaluation.consensus.discussion")));
        box.addClassName("cv-card");
        if (view.messages().isEmpty()) {
            box.add(new Paragraph(getTranslation("evaluation.consensus.noMessages")));
        }
        for (ConsensusView.Message m : view.messages()) {
            Span who = new Span(m.author() + " · " + Times.format(m.at(), getLocale()));
            who.addClassName("cv-hint");
            Paragraph body = new Paragraph(m.body());
            body.addClassName("cv-prewrap");
            box.add(new Div(who, body));
        }
        if (!view.completed() && !view.individuals().isEmpty()) {
            TextArea message = CountedText.area(getTranslation("evaluation.consensus.message"), EvaluationLimits.MESSAGE);
            Button post = new Button(getTranslation("evaluation.consensus.post"), e -> {
                consensus.post(proposalId, message.getValue());
                render();
            });
            box.add(message, post);
        }
        return box;
    }

    private Div finalScores(ConsensusView view) {
        Div box = new Div(new H2(getTranslation("evaluation.consensus.final")));
        box.addClassName("cv-card");
        if (view.consensus() == null) {
            box.add(new Paragraph(getTranslation("evaluation.error.notAllIn")));
            return box;
        }
        boolean editable = view.rapporteur() && !view.completed();
        if (!view.divergent() && editable) {
            box.add(new Paragraph(getTranslation("evaluation.consensus.computed")));
        }
        SheetEditor editor = new SheetEditor(view.criteria(), view.consensus(), view.divergent(), editable);
        TextArea minority = new TextArea(getTranslation("evaluation.consensus.minority"));
        minority.setWidthFull();
        minority.setReadOnly(!editable);
        minority.setValue(view.minorityOpinion() == null ? "" : view.minorityOpinion());
        box.add(editor, minority);
        if (editable) {
            long[] version = {view.version()};
            Button save = new Button(getTranslation("evaluation.sheet.save"), e -> {
                version[0] = consensus.save(proposalId, editor.value(), minority.getValue(), version[0]);
                Notifications.success("evaluation.consensus.saved");
            });
            Button complete = new Button(getTranslation("evaluation.consensus.complete"), e ->
                    Confirm.of("evaluation.consensus.complete", getTranslation("evaluation.consensus.confirm")).then(() -> {
                        consensus.complete(proposalId, editor.value(), minority.getValue(), version[0]);
                        Notifications.success("evaluation.consensus.done");
                        render();
                    }));
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(new HorizontalLayout(save, complete));
            for (ConsensusView.Individual individual : view.individuals()) {
                if (individual.submitted()) {
                    Button reopen = new Button(getTranslation("evaluation.consensus.reopen", individual.name()), e -> {
                        consensus.reopen(proposalId, individual.evaluatorId());
                        Notifications.success("evaluation.consensus.reopened");
                        render();
                    });
                    reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    box.add(reopen);
                }
            }
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
