package it.convergo.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.LazyGrids;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.evaluation.progress.BoardService;
import jakarta.annotation.security.RolesAllowed;

/** The firm's evaluations: every challenge, and a way into the evaluation of the closed ones. */
@Route("evaluation")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.evaluation", icon = "vaadin:clipboard-check", order = 25)
class EvaluationOverviewView extends VerticalLayout implements HasDynamicTitle {

    EvaluationOverviewView(BoardService board) {
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("evaluation.overview.search"));
        search.setAriaLabel(getTranslation("evaluation.overview.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Grid<ChallengeRow> grid = new Grid<>();
        grid.addColumn(ChallengeRow::title).setHeader(getTranslation("evaluation.overview.challenge")).setFlexGrow(3);
        grid.addComponentColumn(r -> new Badge(getTranslation(r.status().labelKey()), tone(r.status())))
                .setHeader(getTranslation("evaluation.overview.status")).setAutoWidth(true);
        grid.addColumn(r -> Times.format(r.closesAt(), getLocale())).setHeader(getTranslation("evaluation.overview.closes"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("evaluation/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("evaluation.overview.empty"));
        grid.setSizeFull();
        LazyGrids.bind(grid, p -> board.challenges(search.getValue(), p), () -> board.countChallenges(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("evaluation.overview.title")), new Paragraph(getTranslation("evaluation.overview.intro")),
                search, grid);
    }

    static Badge.Tone tone(ChallengeStatus status) {
        return switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case SCHEDULED -> Badge.Tone.INFO;
            case OPEN -> Badge.Tone.SUCCESS;
            case CLOSED -> Badge.Tone.INFO;
            case DECIDED -> Badge.Tone.DECIDED;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.overview.title") + " · Convergo";
    }
}
