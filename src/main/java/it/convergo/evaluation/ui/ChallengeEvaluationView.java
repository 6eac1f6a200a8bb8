package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.RouteIds;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.appeals.AppealDecisions;
import it.convergo.evaluation.eligibility.EligibilityService;
import it.convergo.evaluation.panel.BiddingService;
import it.convergo.evaluation.pitch.PitchResults;
import it.convergo.evaluation.pitch.PitchService;
import it.convergo.evaluation.panel.PanelService;
import it.convergo.evaluation.progress.BoardService;
import it.convergo.evaluation.progress.PanelsExport;
import it.convergo.evaluation.questions.FirmQuestions;
import it.convergo.evaluation.results.RankingBasisService;
import it.convergo.evaluation.scoring.ReviewRatings;
import it.convergo.evaluation.results.ResultsService;
import it.convergo.evaluation.results.SelectionService;
import it.convergo.evaluation.scoring.AnonymityReports;
import it.convergo.evaluation.vote.PrizeVotes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/**
 * The firm's evaluation of one challenge, step by step: eligibility, panels, progress, ranking and
 * decision, the optional pitch day and audience award, then the applicants' appeals. Each tab is built when opened, so
 * it always shows the current state.
 */
@Route("evaluation/:challengeId")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class ChallengeEvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService board;
    private final EligibilityService eligibility;
    private final PanelService panels;
    private final ResultsService results;
    private final RankingBasisService bases;
    private final SelectionService selection;
    private final BiddingService bidding;
    private final ReviewRatings ratings;
    private final AnonymityReports anonymity;
    private final PanelsExport panelsExport;
    private final PrizeVotes votes;
    private final FirmQuestions questions;
    private final PitchService pitches;
    private final PitchResults pitchResults;
    private final AppealDecisions appeals;
    private String title = "";

    ChallengeEvaluationView(BoardService board, EligibilityService eligibility, PanelService panels,
                            ResultsService results, BiddingService bidding, AnonymityReports anonymity,
                            RankingBasisService bases, SelectionService selection, ReviewRatings ratings,
                            PanelsExport panelsExport, PrizeVotes votes, FirmQuestions questions,
                            PitchService pitches, PitchResults pitchResults, AppealDecisions appeals) {
        this.panelsExport = panelsExport;
        this.votes = votes;
        this.questions = questions;
        this.pitches = pitches;
        this.pitchResults = pitchResults;
        this.appeals = appeals;
        this.ratings = ratings;
        this.selection = selection;
        this.bases = bases;
        this.board = board;
        this.eligibility = eligibility;
        this.panels = panels;
        this.results = results;
        this.bidding = bidding;
        this.anonymity = anonymity;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "challengeId", id -> render(board.challenge(id)));
    }

    private void render(ChallengeView challenge) {
        removeAll();
        title = challenge.title();
        Anchor back = new Anchor("evaluation", getTranslation("evaluation.overview.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(challenge.title()), new Badge(getTranslation(challenge.status().labelKey()),
                EvaluationOverviewView.tone(challenge.status())));
        List<AnonymityReports.Report> reports = challenge.evaluation().blind() ? anonymity.forChallenge(challenge.id()) : List.of();
        if (!reports.isEmpty()) {
            Div notice = new Div(new Paragraph(getTranslation("evaluation.anonymity.notice",
                    reports.stream().map(AnonymityReports.Report::proposalId).distinct().count())));
            notice.addClassNames("cv-card", "cv-notice-warning");
            add(notice);
        }
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tab(tabs, "evaluation.tab.eligibility", () -> new EligibilityTab(eligibility, challenge.id()));
        tab(tabs, "evaluation.tab.panels", () -> new PanelsTab(panels, board, bidding, ratings, panelsExport, challenge.id()));
        tab(tabs, "evaluation.tab.progress", () -> new ProgressTab(board, reports, challenge.id()));
        tab(tabs, "evaluation.questions.tab", () -> new QuestionsTab(questions, challenge.id()));
        tab(tabs, "evaluation.tab.ranking", () -> {
            VerticalLayout ranking = new VerticalLayout(new RankingTab(results, bases, selection, challenge.id(), pitchResults));
            ranking.setPadding(false);
            AudienceAwardTab.besideRanking(votes, challenge.id(), this).ifPresent(ranking::add);
            return ranking;
        });
        tab(tabs, "evaluation.tab.audit", () -> new AuditTab(board, challenge.id()));
        // the optional steps last, so the steps every challenge goes through keep their places
        tab(tabs, "pitch.tab", () -> new PitchTab(pitches, challenge.id(), challenge.evaluation().blind()));
        tab(tabs, "evaluation.tab.vote", () -> new AudienceAwardTab(votes, challenge.id()));
        tab(tabs, "evaluation.tab.appeals", () -> new AppealsTab(appeals, challenge.id()));
        add(tabs);
    }

    /** A tab whose content is rebuilt every time it is selected. */
    private void tab(TabSheet tabs, String key, Supplier<Component> content) {
        VerticalLayout holder = new VerticalLayout();
        holder.setPadding(false);
        var tab = tabs.add(getTranslation(key), holder);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                holder.removeAll();
                holder.add(content.get());
            }
        });
        if (tabs.getSelectedTab() == tab) {
            holder.add(content.get());
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
