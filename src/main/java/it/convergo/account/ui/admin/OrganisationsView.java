package it.convergo.account.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
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
import it.convergo.account.AccountService;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.base.ui.LazyGrids;
import jakarta.annotation.security.RolesAllowed;

/** Admins see every organisation and register lead firms (applicants register their own). */
@Route("admin/organisations")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.organisations", icon = "vaadin:building", order = 91)
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Organisation> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<OrganisationType> type = new Select<>();

    OrganisationsView(AccountService accounts) {
        setSizeFull();
        Button create = new Button(getTranslation("admin.organisations.create"), VaadinIcon.PLUS.create(),
                e -> new OrganisationDialog(accounts, grid.getDataProvider()::refreshAll).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout title = new HorizontalLayout(new H1(getTranslation("admin.organisations.title")), create);
        title.setWidthFull();
        title.setJustifyContentMode(JustifyContentMode.BETWEEN);
        title.setAlignItems(Alignment.CENTER);

        search.setPlaceholder(getTranslation("admin.organisations.search"));
        search.setAriaLabel(getTranslation("admin.organisations.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("admin.organisations.allTypes"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("admin.organisations.allTypes") : getTranslation(t.labelKey()));
        type.setAriaLabel(getTranslation("register.organisationType"));
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout bar = new FlexLayout(search, type);
        bar.addClassName("cv-filter-bar");

        grid.addColumn(Organisation::getName).setHeader(getTranslation("register.organisationName"))
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(o -> getTranslation(o.getType().labelKey())).setHeader(getTranslation("register.organisationType"))
                .setSortProperty("type");
        grid.addColumn(o -> o.getCountry() + " " + o.getVatNumber()).setHeader(getTranslation("register.vat"))
                .setSortProperty("vatNumber");
        grid.addColumn(o -> o.getRegion() == null ? "" : getTranslation(o.getRegion().labelKey()))
                .setHeader(getTranslation("register.region"));
        grid.addColumn(o -> o.getSize() == null ? "" : getTranslation(o.getSize().labelKey()))
                .setHeader(getTranslation("register.size"));
        grid.setEmptyStateText(getTranslation("admin.organisations.empty"));
        grid.setSizeFull();
        LazyGrids.bind(grid, p -> accounts.organisations(search.getValue(), type.getValue(), p),
                () -> accounts.countOrganisations(search.getValue(), type.getValue()));
        add(title, bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.organisations.title") + " · Convergo";
    }
}
