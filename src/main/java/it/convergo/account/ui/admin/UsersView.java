package it.convergo.account.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.router.RouteParameters;
import it.convergo.account.AccountService;
import it.convergo.account.EvaluatorImport;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.TableDownloads;
import it.convergo.base.ui.LazyGrids;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;

/** Admins find people, invite firm managers and evaluators, and open a user to change roles. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.users", icon = "vaadin:users", order = 90)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();

    UsersView(AccountService accounts, EvaluatorImport imports, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        setSizeFull();
        Button invite = new Button(getTranslation("admin.users.invite"), VaadinIcon.PLUS.create(),
                e -> new InviteDialog(accounts, grid.getDataProvider()::refreshAll).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importList = new Button(getTranslation("admin.import.open"), VaadinIcon.UPLOAD.create(),
                e -> new EvaluatorImportDialog(imports, grid.getDataProvider()::refreshAll).open());
        importList.setId("admin-import-open");
        HorizontalLayout title = new HorizontalLayout(new H1(getTranslation("admin.users.title")), new HorizontalLayout(importList, invite));
        title.setWidthFull();
        title.setJustifyContentMode(JustifyContentMode.BETWEEN);
        title.setAlignItems(Alignment.CENTER);
        add(title, filters(), TableDownloads.of(() -> accounts.usersTable(search.getValue(), role.getValue(), getLocale()),
                "users", "admin-users"), grid);
        configureGrid();
    }

    private FlexLayout filters() {
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("admin.users.allRoles"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("admin.users.allRoles") : getTranslation(r.labelKey()));
        role.setAriaLabel(getTranslation("admin.users.role"));
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout bar = new FlexLayout(search, role);
        bar.addClassName("cv-filter-bar");
        return bar;
    }

    private void configureGrid() {
        grid.addColumn(UserAccount::getFullName).setHeader(getTranslation("admin.users.name"))
                .setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(UserAccount::getEmail).setHeader(getTranslation("admin.users.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(u -> u.getOrganisation() == null ? "" : u.getOrganisation().getName())
                .setHeader(getTranslation("admin.users.organisation")).setFlexGrow(2);
        grid.addComponentColumn(this::roles).setHeader(getTranslation("admin.users.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.users.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(UserDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().getId())))));
        grid.setEmptyStateText(getTranslation("admin.users.empty"));
        grid.setSizeFull();
        LazyGrids.bind(grid, p -> accounts.users(search.getValue(), role.getValue(), p),
                () -> accounts.countUsers(search.getValue(), role.getValue()));
    }

    private HorizontalLayout roles(UserAccount user) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("cv-badges");
        user.getRoles().stream().sorted(Comparator.naturalOrder())
                .forEach(r -> badges.add(new Badge(getTranslation(r.labelKey()), Badge.Tone.INFO)));
        return badges;
    }

    private Span status(UserAccount user) {
        String key = user.statusKey(clock.instant());
        return new Badge(getTranslation(key), switch (key) {
            case "admin.users.status.disabled" -> Badge.Tone.ERROR;
            case "admin.users.status.locked" -> Badge.Tone.WARNING;
            case "admin.users.status.active" -> Badge.Tone.SUCCESS;
            default -> Badge.Tone.NEUTRAL;
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · Convergo";
    }
}
