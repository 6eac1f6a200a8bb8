package it.convergo.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.search.SearchIndex;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.network.SearchMaintenance;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;

/** The search index for administrators: how many documents it holds, the last rebuild, a rebuild on request. */
@Route("admin/search")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.search", icon = "vaadin:search", order = 95)
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final SearchMaintenance service;
    private final Div facts = new Div();

    SearchIndexView(SearchMaintenance service) {
        this.service = service;
        addClassName("cv-page-narrow");
        facts.setId("search-index-facts");
        facts.addClassName("cv-facts");
        Button rebuild = new Button(getTranslation("network.search.rebuild"), e -> Confirm
                .of("network.search.rebuild", getTranslation("network.search.rebuildConfirm")).then(this::rebuild));
        rebuild.setId("search-rebuild");
        Button refresh = new Button(getTranslation("network.search.refresh"), e -> show());
        add(new H1(getTranslation("network.search.title")), new Paragraph(getTranslation("network.search.lead")),
                facts, rebuild, refresh);
        show();
    }

    private void rebuild() {
        Notifications.success(service.rebuild() ? "network.search.started" : "network.search.alreadyRunning");
        show();
    }

    private void show() {
        facts.removeAll();
        facts.add(new Fact(getTranslation("network.search.documents"),
                NumberFormat.getIntegerInstance(getLocale()).format(service.documents())));
        String last = service.lastRebuild().map(this::describe).orElse(getTranslation("network.search.never"));
        facts.add(new Fact(getTranslation("network.search.last"), last));
    }

    private String describe(SearchIndex.Rebuild r) {
        if (r.running()) {
            return getTranslation("network.search.running", Times.format(r.startedAt(), getLocale()));
        }
        return getTranslation(r.failed() ? "network.search.failed" : "network.search.done",
                Times.format(r.finishedAt(), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.search.title") + " · Convergo";
    }
}
