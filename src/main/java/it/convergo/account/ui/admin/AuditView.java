package it.convergo.account.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.audit.AuditEvent;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.TableDownloads;
import jakarta.annotation.security.RolesAllowed;

/** The append-only audit log, newest first, searchable by person, action or subject. */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.audit", icon = "vaadin:records", order = 93)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditLog audit) {
        setSizeFull();
        Grid<AuditEvent> grid = new Grid<>();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("admin.audit.search"));
        search.setAriaLabel(getTranslation("admin.audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(e -> Times.format(e.getOccurredAt(), getLocale())).setHeader(getTranslation("admin.audit.when"))
                .setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("admin.audit.who")).setSortProperty("actor").setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("admin.audit.action")).setSortProperty("action").setAutoWidth(true);
        grid.addColumn(AuditEvent::getSubject).setHeader(getTranslation("admin.audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("admin.audit.details")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("admin.audit.empty"));
        grid.setSizeFull();
        LazyGrids.bind(grid, p -> audit.search(search.getValue(), p), () -> audit.count(search.getValue()));
        add(new H1(getTranslation("admin.audit.title")), search,
                TableDownloads.of(() -> audit.table(search.getValue(), getLocale()), "audit", "admin-audit"), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " · Convergo";
    }
}
