package it.convergo.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import it.convergo.webhook.AttemptRow;
import it.convergo.webhook.EndpointRow;
import it.convergo.webhook.Receiver;
import it.convergo.webhook.WebhookEndpoints;
import java.time.Duration;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The firm manager's webhooks page: add an endpoint (secret shown once), send a test event, read the log; in both languages. */
class WebhooksViewTest extends KaribuTest {

    @Autowired
    ChallengeFixtures challenges;
    @Autowired
    WebhookEndpoints webhooks;

    @Test
    void aFirmManagerAddsAnEndpointSeesTheSecretOnceAndTestsIt() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UserAccount manager = challenges.firmManager();
            login(manager.getEmail());
            UI.getCurrent().navigate("firm/webhooks");
            WebhooksView view = _get(WebhooksView.class);
            assertThat(_get(H1.class).getText()).isEqualTo(t("webhook.title"));
            assertThat(GridKt._size(view.endpoints)).isZero();
            assertThat(pageText()).contains(t("webhook.empty"));

            // plain HTTP to another host: refused with the reason, nothing added
            UserInput.set(view.url, "http://hooks.example.com/convergo");
            _click(view.save);
            assertThat(pageText()).contains(t("webhook.error.httpsOnly"));
            assertThat(GridKt._size(view.endpoints)).isZero();

            UserInput.set(view.url, receiver.url());
            _click(view.save);
            TextField shown = _get(TextField.class, s -> s.withLabel(t("webhook.secret")));
            String secret = shown.getValue();
            assertThat(secret).startsWith("whsec_");
            assertThat(shown.isReadOnly()).isTrue();
            assertThat(GridKt._size(view.endpoints)).isEqualTo(1);
            EndpointRow row = GridKt._get(view.endpoints, 0);
            assertThat(row.url()).isEqualTo(receiver.url());
            assertThat(row.events()).hasSize(4);

            HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.endpoints, 0, "actions");
            _click(_get(actions, Button.class, s -> s.withText(t("webhook.test"))));
            Receiver.Request ping = receiver.await(1).getFirst();
            assertThat(Receiver.verified(ping, secret)).isTrue();
            awaitLog(row.id());
            view.log.getDataProvider().refreshAll();
            assertThat(view.log.isVisible()).isTrue();
            assertThat(GridKt._size(view.log)).isEqualTo(1);
            AttemptRow attempt = GridKt._get(view.log, 0);
            assertThat(attempt.httpStatus()).isEqualTo(200);
            assertThat(view.logTitle.getText()).isEqualTo(t("webhook.log.title", receiver.url()));

            // back later: the secret is gone from the page
            UI.getCurrent().navigate("profile");
            UI.getCurrent().navigate("firm/webhooks");
            assertThat(pageText()).doesNotContain(secret);

            // pause, then delete after confirming
            WebhooksView again = _get(WebhooksView.class);
            HorizontalLayout rowActions = (HorizontalLayout) GridKt._getCellComponent(again.endpoints, 0, "actions");
            _click(_get(rowActions, Button.class, s -> s.withText(t("webhook.pause"))));
            assertThat(webhooks.mine().getFirst().active()).isFalse();
            rowActions = (HorizontalLayout) GridKt._getCellComponent(again.endpoints, 0, "actions");
            _click(_get(rowActions, Button.class, s -> s.withText(t("webhook.delete"))));
            ConfirmDialog confirm = _get(ConfirmDialog.class);
            ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
            assertThat(GridKt._size(again.endpoints)).isZero();
            assertThat(webhooks.mine()).isEmpty();
        }
    }

    @Test
    void theItalianPageSpeaksItalianAndOnlyFirmManagersOpenIt() {
        UserAccount manager = challenges.firmManager();
        login(manager.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("firm/webhooks");
        WebhooksView view = _get(WebhooksView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Webhook");
        assertThat(view.url.getLabel()).isEqualTo("Indirizzo dell'endpoint");
        assertThat(view.events.getItemLabelGenerator().apply(it.convergo.webhook.WebhookEvent.PROPOSAL_SUBMITTED))
                .isEqualTo("Proposta inviata");
        assertThat(view.save.getText()).isEqualTo("Aggiungi endpoint");
        UserInput.set(view.url, "https://10.1.2.3/hook");
        _click(view.save);
        assertThat(pageText()).contains("punta a un indirizzo di una rete privata o locale").doesNotContain("!webhook.");
        assertThat(pageText()).contains("Nessun endpoint");

        logout();
        login(challenges.applicant().getEmail());
        Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("firm/webhooks"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private void awaitLog(long endpoint) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (webhooks.countLog(endpoint) < 1 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }
}
