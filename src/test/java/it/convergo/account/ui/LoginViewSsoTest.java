package it.convergo.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import it.convergo.support.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Without any provider configured (the default) the sign-in page is the password form alone, exactly as before
 * single sign-on existed. With a provider: {@code SingleSignOnFlowTest}.
 */
class LoginViewSsoTest extends KaribuTest {

    @Test
    void withoutProvidersTheLoginPageShowsNoSingleSignOn() {
        UI.getCurrent().navigate("login");

        assertThat(_find(Anchor.class, s -> s.withClasses("cv-sso-button"))).isEmpty();
        assertThat(_find(Div.class, s -> s.withClasses("cv-sso"))).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withText(t("login.sso.or")))).isEmpty();
        assertThat(_find(Div.class, s -> s.withId("sso-error"))).isEmpty();
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }
}
