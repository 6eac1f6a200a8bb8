package it.convergo.challenge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.Notifications;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.FirmChallenges;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The firm's challenges: a lazy list with state badges, and where new ones start (from scratch or cloned). */
@Route("my-challenges")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.challenges.mine", icon = "vaadin:lightbulb", order = 10)
class MyChallengesView extends VerticalLayout implements HasDynamicTitle {

    private final FirmChallenges service;
    private final ChallengeEditor editor;
    private final Clock clock;
    private final Grid<ChallengeRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ChallengeStatus> status = new Select<>();

    MyChallengesView(FirmChallenges service, ChallengeEditor editor, Clock clock) {
        this.service = service;
        this.editor = editor;
        this.clock = clock;
        setSizeFull();
        Button create = new Button(getTranslation("challenge.mine.create"), VaadinIcon.PLUS.create(), e -> createDialog().open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("challenge-create");
        create.setVisible(it.convergo.account.CurrentUser.get().map(u -> u.has(Role.FIRM_MANAGER)).orElse(false));
        HorizontalLayout title = new HorizontalLayout(new H1(getTranslation("challenge.mine.title")), create);
        title.setWidthFull();
        title.setJustifyContentMode(JustifyContentMode.BETWEEN);
        title.setAlignItems(Alignment.CENTER);

        search.setPlaceholder(getTranslation("challenge.mine.search"));
        search.setAriaLabel(getTranslation("challenge.mine.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setItems(ChallengeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("challenge.mine.allStates"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("challenge.mine.allStates") : getTranslation(s.labelKey()));
        status.setAriaLabel(getTranslation("challenge.mine.state"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout bar = new FlexLayout(search, status);
        bar.addClassName("cv-filter-bar");

        // a manager must read the whole title and date: cells wrap instead of cutting them
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ChallengeRow::title).setHeader(getTranslation("challenge.mine.titleColumn")).setSortProperty("title").setFlexGrow(4);
        grid.addComponentColumn(r -> ChallengeBadges.status(this, r.status(), r.closesAt(), clock))
                .setHeader(getTranslation("challenge.mine.state")).setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Times.format(r.opensAt(), getLocale())).setHeader(getTranslation("challenge.mine.opens")).setSortProperty("opensAt")
                .setFlexGrow(2);
        grid.addColumn(r -> ChallengeBadges.deadline(this, r.status(), r.closesAt(), clock)).setHeader(getTranslation("challenge.mine.closes"))
                .setSortProperty("closesAt").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("challenge.mine.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("challenge.mine.empty"));
        grid.setSizeFull();
        grid.addItemDoubleClickListener(e -> UI.getCurrent().navigate("my-challenges/" + e.getItem().id() + "/edit"));
        LazyGrids.bind(grid, p -> service.mine(search.getValue(), status.getValue(), p),
                () -> service.countMine(search.getValue(), status.getValue()));
        add(title, bar, grid);
    }

    private HorizontalLayout actions(ChallengeRow row) {
        Anchor edit = new Anchor("my-challenges/" + row.id() + "/edit", getTranslation("challenge.mine.edit"));
        Anchor dashboard = new Anchor("my-challenges/" + row.id() + "/dashboard", getTranslation("challenge.mine.dashboard"));
        Button clone = new Button(getTranslation("challenge.mine.clone"), e -> {
            long id = editor.cloneChallenge(row.id());
            Notifications.success("challenge.mine.cloned");
            UI.getCurrent().navigate("my-challenges/" + id + "/edit");
        });
        clone.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clone.setVisible(it.convergo.account.CurrentUser.get().map(u -> u.has(Role.FIRM_MANAGER)).orElse(false));
        HorizontalLayout actions = new HorizontalLayout(edit, dashboard, clone);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private Dialog createDialog() {
        Dialog dialog = new Dialog(getTranslation("challenge.mine.create"));
        TextField name = CountedText.field(getTranslation("challenge.editor.title"), ChallengeLimits.TITLE);
        name.setId("challenge-new-title");
        Paragraph error = new Paragraph();
        error.addClassName("cv-form-message-error");
        error.setVisible(false);
        dialog.add(new Paragraph(getTranslation("challenge.mine.create.help")), error, new Div(name));
        Button go = new Button(getTranslation("challenge.mine.create.go"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("challenge-new-go");
        go.addClickListener(e -> {
            try {
                ChallengeDraft draft = editor.newDraft(getLocale());
                draft.setTitle(name.getValue());
                long id = editor.save(draft);
                dialog.close();
                UI.getCurrent().navigate("my-challenges/" + id + "/edit");
            } catch (UserFacingException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.params()));
                error.setVisible(true);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.setWidth("min(560px, 95vw)");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("challenge.mine.title") + " · Convergo";
    }
}
