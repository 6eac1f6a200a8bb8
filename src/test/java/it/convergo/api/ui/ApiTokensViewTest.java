package it.convergo.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.api.ApiScope;
import it.convergo.api.ApiTokenRow;
import it.convergo.api.ApiTokens;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API tokens page as each person uses it: create (the secret shown once), list, revoke; in both languages. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired
    AccountFixtures fixtures;
    @Autowired
    ApiTokens tokens;

    @Test
    void anApplicantCreatesAWriteTokenSeesItOnceAndRevokesIt() {
        UserAccount applicant = fixtures.user("tokens", fixtures.organisation("Robotica Token", it.convergo.account
                .OrganisationType.STARTUP), Role.APPLICANT);
        login(applicant.getEmail());
        UI.getCurrent().navigate("profile/api-tokens");
        assertThat(_get(H1.class).getText()).isEqualTo(t("api.tokens.title"));
        @SuppressWarnings("unchecked")
        Grid<ApiTokenRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isZero();

        // no name: a clear message, nothing created
        _click(_get(Button.class, s -> s.withText(t("api.tokens.create"))));
        NotificationsKt.expectNotifications(t("api.token.error.name", 80));
        assertThat(GridKt._size(grid)).isZero();

        UserInput.set(_get(TextField.class, s -> s.withLabel(t("api.tokens.name"))), "Submission robot");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ApiScope> scope = _get(RadioButtonGroup.class);
        UserInput.set(scope, ApiScope.WRITE);
        _click(_get(Button.class, s -> s.withText(t("api.tokens.create"))));

        TextField shown = _get(TextField.class, s -> s.withLabel(t("api.tokens.secret")));
        String secret = shown.getValue();
        assertThat(secret).startsWith("cvg_");
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(shown.getHelperText()).isEqualTo(t("api.tokens.secret.once"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        ApiTokenRow row = GridKt._get(grid, 0);
        assertThat(row.name()).isEqualTo("Submission robot");
        assertThat(row.scope()).isEqualTo(ApiScope.WRITE);

        // coming back later, the secret is nowhere on the page
        UI.getCurrent().navigate("profile");
        UI.getCurrent().navigate("profile/api-tokens");
        assertThat(pageText()).doesNotContain(secret);
        assertThat(_get(TextField.class, s -> s.withLabel(t("api.tokens.name"))).getValue()).isEmpty();

        @SuppressWarnings("unchecked")
        Grid<ApiTokenRow> listed = _get(Grid.class);
        Button revoke = (Button) GridKt._getCellComponent(listed, 0, "revoke");
        assertThat(revoke.getText()).isEqualTo(t("api.tokens.revoke"));
        _click(revoke);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        @SuppressWarnings("unchecked")
        Grid<ApiTokenRow> after = _get(Grid.class);
        assertThat(GridKt._size(after)).isZero();
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void aFirmManagerReadsThePageInItalian() {
        UserAccount manager = fixtures.user("tokens-it", fixtures.organisation("Ceramiche Token", it.convergo.account
                .OrganisationType.LARGE_COMPANY), Role.FIRM_MANAGER);
        login(manager.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("profile/api-tokens");

        assertThat(_get(H1.class).getText()).isEqualTo("Token API");
        UserInput.set(_get(TextField.class, s -> s.withLabel("Nome")), "Esportazione");
        _click(_get(Button.class, s -> s.withText("Crea token")));
        TextField shown = _get(TextField.class, s -> s.withLabel("Il tuo nuovo token"));
        assertThat(shown.getValue()).startsWith("cvg_");
        assertThat(shown.getHelperText()).startsWith("Copialo ora");
        assertThat(pageText()).contains("Descrizione dell'API").doesNotContain("!api.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ApiScope> scope = _get(RadioButtonGroup.class);
        assertThat(scope.getLabel()).isEqualTo("Ambito");
        assertThat(scope.getItemLabelGenerator().apply(ApiScope.WRITE)).isEqualTo("Lettura e scrittura");
    }
}
