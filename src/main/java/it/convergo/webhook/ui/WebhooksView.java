package it.convergo.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.FormBinder;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.Notifications;
import it.convergo.webhook.AttemptRow;
import it.convergo.webhook.DeliveryStatus;
import it.convergo.webhook.EndpointRow;
import it.convergo.webhook.NewSecret;
import it.convergo.webhook.WebhookEndpoints;
import it.convergo.webhook.WebhookEvent;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The firm's webhook endpoints: register one (its signing secret shown once), change, pause or resume it, send a
 * test event, rotate the secret, delete it; and below, the chosen endpoint's delivery log with "redeliver" for a
 * delivery that was given up on.
 */
@Route("firm/webhooks")
@RolesAllowed(Role.FIRM_MANAGER_NAME)
@Menu(title = "nav.webhooks", icon = "vaadin:connect-o", order = 22)
class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookEndpoints webhooks;
    final TextField url = new TextField();
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>();
    final Button save = new Button();
    final Button cancel = new Button();
    final Grid<EndpointRow> endpoints = new Grid<>();
    final Div secret = new Div();
    final H2 logTitle = new H2();
    final Grid<AttemptRow> log = new Grid<>();
    private final H2 formTitle = new H2();
    private final FormMessages messages = new FormMessages();
    private final FormBinder<EndpointForm> binder = new FormBinder<>(EndpointForm.class);
    /** The endpoint being changed, or null while the form registers a new one. */
    private @Nullable EndpointRow editing;
    private @Nullable EndpointRow logged;

    WebhooksView(WebhookEndpoints webhooks) {
        this.webhooks = webhooks;
        setMaxWidth("72rem");

        url.setLabel(getTranslation("webhook.url"));
        url.setHelperText(getTranslation("webhook.url.help"));
        url.setMaxLength(WebhookEndpoints.URL_MAX);
        url.setWidthFull();
        events.setLabel(getTranslation("webhook.events"));
        events.setItems(WebhookEvent.subscribable());
        events.setItemLabelGenerator(e -> getTranslation(e.labelKey()));
        binder.forField(url).bind("url");
        binder.forField(events).bind("events");
        // the group's required mark puts aria-required on an element of role "group", which does not allow it
        // (axe: aria-allowed-attr); the helper says it instead, and the form still refuses an empty choice
        events.setRequiredIndicatorVisible(false);
        events.setHelperText(getTranslation("webhook.events.help"));
        binder.readRecord(new EndpointForm("", EnumSet.copyOf(WebhookEvent.subscribable())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a double click must not register the endpoint twice
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                save();
            } finally {
                save.setEnabled(true);
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> startNew());

        endpoints.addColumn(EndpointRow::url).setHeader(getTranslation("webhook.url")).setFlexGrow(3);
        endpoints.addColumn(r -> r.events().stream().map(ev -> getTranslation(ev.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("webhook.events")).setFlexGrow(2);
        endpoints.addComponentColumn(r -> r.active() ? new Badge(getTranslation("webhook.active"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("webhook.paused"), Badge.Tone.NEUTRAL)).setHeader(getTranslation("webhook.state"))
                .setAutoWidth(true);
        endpoints.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        endpoints.setEmptyStateText(getTranslation("webhook.empty"));
        endpoints.setAllRowsVisible(true);

        log.addColumn(a -> Times.format(a.attemptedAt(), getLocale())).setHeader(getTranslation("webhook.log.when")).setAutoWidth(true);
        log.addColumn(a -> getTranslation(a.event().labelKey())).setHeader(getTranslation("webhook.log.event")).setAutoWidth(true);
        log.addColumn(AttemptRow::number).setHeader(getTranslation("webhook.log.attempt")).setAutoWidth(true);
        log.addColumn(this::result).setHeader(getTranslation("webhook.log.result")).setFlexGrow(2);
        log.addColumn(a -> getTranslation("webhook.log.ms", a.durationMs())).setHeader(getTranslation("webhook.log.duration"))
                .setAutoWidth(true);
        log.addColumn(this::deliveryState).setHeader(getTranslation("webhook.log.delivery")).setAutoWidth(true);
        log.addColumn(AttemptRow::eventId).setHeader(getTranslation("webhook.log.eventId")).setAutoWidth(true);
        log.addComponentColumn(this::redeliver).setKey("redeliver").setAutoWidth(true);
        log.setEmptyStateText(getTranslation("webhook.log.empty"));
        log.setVisible(false);
        logTitle.setVisible(false);

        add(new H1(getTranslation("webhook.title")), new Paragraph(getTranslation("webhook.intro")), formTitle, messages,
                url, events, new HorizontalLayout(save, cancel), secret, endpoints, logTitle, log);
        startNew();
        refresh();
    }

    private HorizontalLayout actions(EndpointRow r) {
        Button edit = small("webhook.edit", () -> startEditing(r));
        Button toggle = small(r.active() ? "webhook.pause" : "webhook.resume", () -> {
            webhooks.change(r.id(), r.version(), r.url(), r.events(), !r.active());
            Notifications.success(r.active() ? "webhook.pausedOk" : "webhook.resumedOk");
            refresh();
        });
        Button test = small("webhook.test", () -> {
            webhooks.sendTest(r.id());
            Notifications.success("webhook.testSent");
            showLog(r);
        });
        Button rotate = small("webhook.rotate", () -> Confirm.of("webhook.rotate", getTranslation("webhook.rotate.confirm",
                r.url())).then(() -> showSecret(webhooks.rotateSecret(r.id()))));
        Button delete = small("webhook.delete", () -> Confirm.of("webhook.delete", getTranslation("webhook.delete.confirm",
                r.url())).dangerous().then(() -> {
                    webhooks.delete(r.id());
                    Notifications.success("webhook.deleted");
                    secret.removeAll();
                    if (logged != null && logged.id() == r.id()) {
                        hideLog();
                    }
                    startNew();
                    refresh();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button showLog = small("webhook.log", () -> showLog(r));
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, test, rotate, showLog, delete);
        actions.setSpacing(false);
        actions.setWrap(true);
        return actions;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void save() {
        messages.clear();
        EndpointForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException refused) {
            FormBinder.focusFirst(refused);
            return;
        }
        try {
            if (editing == null) {
                showSecret(webhooks.create(form.url(), form.events()));
            } else {
                webhooks.change(editing.id(), editing.version(), form.url(), form.events(), editing.active());
                Notifications.success("webhook.saved");
            }
        } catch (UserFacingException refused) {
            messages.error(refused);
            return;
        }
        startNew();
        refresh();
    }

    /** The secret, once: it signs every delivery and the page never shows it again. */
    private void showSecret(NewSecret created) {
        secret.removeAll();
        TextField shown = new TextField(getTranslation("webhook.secret"));
        shown.setValue(created.secret());
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setHelperText(getTranslation("webhook.secret.once"));
        secret.add(shown);
        secret.setWidthFull();
        Notifications.success("webhook.secretShown", created.endpoint().url());
        refresh();
    }

    private void startNew() {
        editing = null;
        formTitle.setText(getTranslation("webhook.new"));
        save.setText(getTranslation("webhook.create"));
        cancel.setVisible(false);
        binder.readRecord(new EndpointForm("", EnumSet.copyOf(WebhookEvent.subscribable())));
    }

    private void startEditing(EndpointRow r) {
        editing = r;
        messages.clear();
        formTitle.setText(getTranslation("webhook.change", r.url()));
        save.setText(getTranslation("webhook.save"));
        cancel.setVisible(true);
        binder.readRecord(new EndpointForm(r.url(), r.events()));
        url.focus();
    }

    private void showLog(EndpointRow r) {
        logged = r;
        logTitle.setText(getTranslation("webhook.log.title", r.url()));
        logTitle.setVisible(true);
        log.setVisible(true);
        LazyGrids.bind(log, page -> webhooks.log(r.id(), page), () -> webhooks.countLog(r.id()));
    }

    private void hideLog() {
        logged = null;
        logTitle.setVisible(false);
        log.setVisible(false);
    }

    private String result(AttemptRow a) {
        if (a.httpStatus() != null) {
            return a.succeeded() ? getTranslation("webhook.log.ok", a.httpStatus())
                    : getTranslation("webhook.log.httpError", a.httpStatus());
        }
        return getTranslation("webhook.log.noAnswer", a.error() == null ? "" : a.error());
    }

    private String deliveryState(AttemptRow a) {
        if (a.deliveryStatus() == DeliveryStatus.PENDING) {
            return getTranslation("webhook.status.retryAt", Times.format(a.nextAttemptAt(), getLocale()));
        }
        return getTranslation(a.deliveryStatus().labelKey());
    }

    private Div redeliver(AttemptRow a) {
        Div cell = new Div();
        if (a.redeliverable() && logged != null) {
            long endpoint = logged.id();
            cell.add(small("webhook.redeliver", () -> {
                webhooks.redeliver(endpoint, a.deliveryId());
                Notifications.success("webhook.redelivered");
                log.getDataProvider().refreshAll();
            }));
        }
        return cell;
    }

    private void refresh() {
        endpoints.setItems(webhooks.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.title") + " · Convergo";
    }
}
