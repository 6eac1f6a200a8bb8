package it.convergo.account.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.LazyGrids;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import jakarta.annotation.security.RolesAllowed;

/** Every e-mail the portal wrote: kept here when no SMTP server is configured, failures retried here. */
@Route("admin/outbox")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.outbox", icon = "vaadin:envelopes", order = 92)
class OutboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MailService mail;
    private final Grid<OutboxMessage> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<OutboxMessage.Status> status = new Select<>();

    OutboxView(MailService mail) {
        this.mail = mail;
        setSizeFull();
        search.setPlaceholder(getTranslation("admin.outbox.search"));
        search.setAriaLabel(getTranslation("admin.outbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin.outbox.allStatuses"));
        status.setItems(OutboxMessage.Status.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("admin.outbox.allStatuses")
                : getTranslation("admin.outbox.status." + s.name()));
        status.setAriaLabel(getTranslation("admin.outbox.statusLabel"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout bar = new FlexLayout(search, status);
        bar.addClassName("cv-filter-bar");

        grid.addColumn(m -> Times.format(m.getCreatedAt(), getLocale())).setHeader(getTranslation("admin.outbox.created"))
                .setSortProperty("createdAt").setAutoWidth(true);
        grid.addColumn(OutboxMessage::getRecipient).setHeader(getTranslation("admin.outbox.recipient"))
                .setSortProperty("recipient").setAutoWidth(true);
        grid.addColumn(OutboxMessage::getSubject).setHeader(getTranslation("admin.outbox.subject")).setFlexGrow(2);
        grid.addComponentColumn(m -> new Badge(getTranslation("admin.outbox.status." + m.getStatus().name()),
                switch (m.getStatus()) {
                    case SENT -> Badge.Tone.SUCCESS;
                    case FAILED -> Badge.Tone.ERROR;
                    case PENDING -> Badge.Tone.WARNING;
                    case KEPT -> Badge.Tone.NEUTRAL;
                })).setHeader(getTranslation("admin.outbox.statusLabel")).setAutoWidth(true);
        grid.addItemClickListener(e -> show(e.getItem()));
        grid.setEmptyStateText(getTranslation("admin.outbox.empty"));
        grid.setSizeFull();
        LazyGrids.bind(grid, p -> mail.outbox(search.getValue(), status.getValue(), p),
                () -> mail.countOutbox(search.getValue(), status.getValue()));
        add(new H1(getTranslation("admin.outbox.title")), new Paragraph(getTranslation("admin.outbox.intro")), bar, grid);
    }

    /** "?status=FAILED" (the overview's link) opens the list filtered; an unknown status is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(s -> java.util.Arrays.stream(OutboxMessage.Status.values()).filter(v -> v.name().equals(s)).findFirst())
                .ifPresent(status::setValue);
    }

    private void show(OutboxMessage message) {
        Dialog dialog = new Dialog(message.getSubject());
        dialog.setWidth("min(720px, 95vw)");
        dialog.add(new Paragraph(getTranslation("admin.outbox.recipient") + ": " + message.getRecipient()));
        if (message.getLastError() != null) {
            Paragraph error = new Paragraph(message.getLastError());
            error.addClassName("cv-form-message-error");
            dialog.add(error);
        }
        Pre body = new Pre(message.getBody());
        body.addClassName("cv-mail-body");
        dialog.add(body);
        if (message.getStatus() == OutboxMessage.Status.FAILED) {
            dialog.getFooter().add(new Button(getTranslation("admin.outbox.retry"), e -> {
                mail.retry(message.getId());
                grid.getDataProvider().refreshAll();
                dialog.close();
            }));
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.outbox.title") + " · Convergo";
    }
}
