package it.convergo.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.security.SsoProviders;
import java.util.List;
import java.util.Set;

/**
 * Spring Security's form login behind Vaadin's login form. Every refusal (wrong password, unknown
 * address, locked or unconfirmed account) shows the same neutral message. When single sign-on providers
 * are configured, one button each leads to them; a refused single sign-on comes back with its reason.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Div ssoError = new Div();

    public LoginView(SsoProviders providers) {
        addClassName("cv-auth-page");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        ssoError.addClassName("cv-form-message-error");
        ssoError.setId("sso-error");
        ssoError.setVisible(false);
        Div card = new Div(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.intro")),
                ssoError, form, singleSignOn(providers),
                new Anchor("forgot-password", getTranslation("login.forgot")),
                new Paragraph(getTranslation("login.noAccount") + " "),
                new Anchor("register", getTranslation("login.registerLink")));
        card.addClassName("cv-card");
        card.addClassName("cv-auth-card");
        add(card);
    }

    /** One link per provider; the router must not handle it, the security filter redirects to the provider. */
    private Div singleSignOn(SsoProviders providers) {
        Div buttons = new Div();
        buttons.addClassName("cv-sso");
        buttons.setVisible(providers.any());
        if (providers.any()) {
            buttons.add(new Paragraph(getTranslation("login.sso.or")));
        }
        for (SsoProviders.Provider provider : providers.all()) {
            Anchor button = new Anchor(provider.signInPath(), getTranslation("login.sso.button", provider.name()));
            button.setRouterIgnore(true);
            button.setId("sso-" + provider.id());
            button.addClassName("cv-sso-button");
            buttons.add(button);
        }
        return buttons;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle("");
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        String reason = parameters.getOrDefault("sso", List.of()).stream().findFirst().orElse(null);
        ssoError.setVisible(reason != null);
        if (reason != null) {
            ssoError.setText(getTranslation("login.sso.error." + (SSO_REASONS.contains(reason) ? reason : "failed")));
        }
    }

    /** The refusals {@code SsoFailureHandler} names; anything else reads as a plain failure. */
    private static final Set<String> SSO_REASONS = Set.of("disabled", "unverified", "noEmail", "failed");

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Convergo";
    }
}
