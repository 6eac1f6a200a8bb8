package it.convergo.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.api.ApiScope;
import it.convergo.api.ApiTokenRow;
import it.convergo.api.ApiTokens;
import it.convergo.api.NewApiToken;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A person's API tokens: create one (name, read or write, expiry day) and copy it from the one place it is ever
 * shown in full; see the others (created, last used, expiry) and revoke them.
 */
@Route("profile/api-tokens")
@PermitAll
@Menu(title = "nav.apiTokens", icon = "vaadin:key", order = 81)
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final Grid<ApiTokenRow> grid = new Grid<>();
    private final Div created = new Div();

    ApiTokensView(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        setMaxWidth("60rem");

        TextField name = new TextField(getTranslation("api.tokens.name"));
        name.setMaxLength(80);
        name.setWidthFull();
        RadioButtonGroup<ApiScope> scope = new RadioButtonGroup<>(getTranslation("api.tokens.scope"));
        scope.setItems(ApiScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("api.scope." + s.name()));
        scope.setValue(ApiScope.READ);
        LocalDate today = LocalDate.now(clock.withZone(Times.ROME));
        DatePicker expires = new DatePicker(getTranslation("api.tokens.expires"));
        expires.setLocale(getLocale());
        expires.setMin(today);
        expires.setMax(today.plusYears(1));
        expires.setValue(today.plusDays(90));
        Button create = new Button(getTranslation("api.tokens.create"), e -> {
            try {
                show(tokens.create(name.getValue(), scope.getValue(), expires.getValue()));
                name.clear();
                refresh();
            } catch (UserFacingException ex) {
                Notifications.error(ex);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scope, expires, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        form.setWrap(true);

        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("api.tokens.name")).setFlexGrow(2);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("api.tokens.prefix")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("api.scope." + t.scope().name())).setHeader(getTranslation("api.tokens.scope"))
                .setAutoWidth(true);
        grid.addColumn(t -> Times.format(t.createdAt(), getLocale())).setHeader(getTranslation("api.tokens.created"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.tokens.never")
                : Times.format(t.lastUsedAt(), getLocale())).setHeader(getTranslation("api.tokens.lastUsed")).setAutoWidth(true);
        grid.addColumn(t -> Times.format(t.expiresAt(), getLocale())).setHeader(getTranslation("api.tokens.expires"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("api.tokens.revoke"), e -> Confirm.of("api.tokens.revoke",
                    getTranslation("api.tokens.revoke.confirm", t.name())).dangerous().then(() -> {
                        tokens.revoke(t.id());
                        Notifications.success("api.tokens.revoked", t.name());
                        refresh();
                    }));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setKey("revoke").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("api.tokens.empty"));
        grid.setAllRowsVisible(true);

        // the description is served by springdoc, not by Vaadin's router
        Anchor docs = new Anchor("/api/docs", getTranslation("api.tokens.docs"));
        docs.setRouterIgnore(true);
        add(new H1(getTranslation("api.tokens.title")), new Paragraph(getTranslation("api.tokens.intro")), docs, form,
                created, grid);
        refresh();
    }

    /** The secret, once: it is not stored, so this is the only moment it can be copied. */
    private void show(NewApiToken token) {
        created.removeAll();
        TextField secret = new TextField(getTranslation("api.tokens.secret"));
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("api.tokens.secret.once"));
        created.add(secret);
        created.setWidthFull();
        Notifications.success("api.tokens.createdOk", token.token().name());
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.tokens.title") + " · Convergo";
    }
}
