package it.convergo.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.network.exchange.Arrangement;
import it.convergo.network.exchange.PostCard;
import it.convergo.network.exchange.PostKind;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Needs and offers on screen: a firm posts a need through the form (English), a start-up finds it on the board and
 * expresses interest (Italian), the firm accepts and both write in the private thread; a third organisation gets
 * "not found".
 */
class ExchangeViewsTest extends KaribuTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @Test
    @SuppressWarnings("unchecked")
    void aFirmPostsANeedAStartUpIsInterestedAndTheyTalkInPrivate() {
        Organisation firmOrg = accounts.organisation("View Firm " + tag, OrganisationType.LARGE_COMPANY);
        UserAccount firm = accounts.user("xvfirm", firmOrg, Role.FIRM_MANAGER);
        UserAccount firmEngineer = accounts.user("xveng", firmOrg, Role.APPLICANT);
        Organisation startupOrg = accounts.organisation("View Startup " + tag, OrganisationType.STARTUP);
        UserAccount startup = accounts.user("xvstart", startupOrg, Role.APPLICANT);
        UserAccount stranger = accounts.user("xvother", accounts.organisation("View Other " + tag, OrganisationType.SME),
                Role.APPLICANT);
        String title = "Tone control on slabs " + tag;

        // the firm, in English: the form refuses an empty title, then publishes
        login(firm.getEmail());
        UI.getCurrent().navigate("network/exchange");
        assertThat(pageText()).contains(t("exchange.board.title"), t("exchange.board.post"));
        assertThat(_get(Anchor.class, s -> s.withId("exchange-post")).getHref()).isEqualTo("network/exchange/edit");
        UI.getCurrent().navigate("network/exchange/edit");
        RadioButtonGroup<PostKind> kind = _get(RadioButtonGroup.class, s -> s.withId("post-kind"));
        assertThat(kind.getListDataView().getItems()).as("a firm may post both").containsExactly(PostKind.NEED, PostKind.OFFER);
        UserInput.set(kind, PostKind.NEED);
        UserInput.set(_get(RadioButtonGroup.class, s -> s.withId("post-arrangement")), Arrangement.CO_DEVELOPMENT);
        UserInput.set(_get(ComboBox.class, s -> s.withId("post-area")), TechnologyArea.QUALITY_INSPECTION);
        UserInput.set(_get(TextArea.class, s -> s.withId("post-summary")), "Shade differences at 30 m/min " + tag);
        _click(_get(Button.class, s -> s.withId("post-save")));
        TextField titleField = _get(TextField.class, s -> s.withId("post-title"));
        assertThat(titleField.isInvalid()).isTrue();
        assertThat(titleField.getErrorMessage()).isEqualTo(t("exchange.error.title"));
        UserInput.set(titleField, title);
        UserInput.set(_get(IntegerField.class, s -> s.withId("post-days")), 500);
        _click(_get(Button.class, s -> s.withId("post-save")));
        assertThat(_get(IntegerField.class, s -> s.withId("post-days")).getErrorMessage())
                .isEqualTo(t("exchange.error.days", 180));
        UserInput.set(_get(IntegerField.class, s -> s.withId("post-days")), 60);
        _click(_get(Button.class, s -> s.withId("post-save")));
        NotificationsKt.expectNotifications(t("exchange.form.published"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PostView.class);
        assertThat(pageText()).contains(title, t("exchange.kind.NEED"), t("exchange.post.noInterest"));
        long postId = jdbc.queryForObject("select id from exchange_post where title = ?", Long.class, title);

        // an engineer of the firm (an applicant) edits the firm's need: it stays a need
        logout();
        login(firmEngineer.getEmail());
        UI.getCurrent().navigate("network/exchange/edit/" + postId);
        RadioButtonGroup<PostKind> kindAgain = _get(RadioButtonGroup.class, s -> s.withId("post-kind"));
        assertThat(kindAgain.getValue()).isEqualTo(PostKind.NEED);
        UserInput.set(_get(TextArea.class, s -> s.withId("post-summary")), "Shade differences at 40 m/min " + tag);
        _click(_get(Button.class, s -> s.withId("post-save")));
        NotificationsKt.expectNotifications(t("exchange.form.saved"));
        assertThat(pageText()).contains("Shade differences at 40 m/min " + tag);

        // the start-up, in Italian: finds it on the board, expresses interest; a double click keeps one
        logout();
        login(startup.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("network/exchange");
        assertThat(pageText()).contains(translations.get("exchange.board.title", Locale.ITALIAN));
        UserInput.set(_get(TextField.class, s -> s.withId("exchange-search")), tag);
        UserInput.set(_get(ComboBox.class, s -> s.withId("exchange-kind")), PostKind.NEED);
        Grid<PostCard> grid = _get(Grid.class, s -> s.withId("exchange-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo(title);
        UserInput.set(_get(ComboBox.class, s -> s.withId("exchange-kind")), PostKind.OFFER);
        assertThat(GridKt._size(grid)).isZero();
        UI.getCurrent().navigate("network/exchange/" + postId);
        UserInput.set(_get(TextArea.class, s -> s.withId("exchange-note")), "Misuriamo il tono su piastrelle.");
        Button express = _get(Button.class, s -> s.withId("exchange-express"));
        _click(express);
        NotificationsKt.expectNotifications(translations.get("exchange.interest.sent", Locale.ITALIAN));
        assertThat(_find(Button.class, s -> s.withId("exchange-express"))).as("asked once, the button is gone").isEmpty();
        assertThat(pageText()).contains(translations.get("exchange.interest.PENDING", Locale.ITALIAN));
        assertThat(jdbc.queryForObject("select count(*) from exchange_interest where post_id = ?", Integer.class, postId))
                .isOne();
        long interestId = jdbc.queryForObject("select id from exchange_interest where post_id = ?", Long.class, postId);

        // the firm accepts; the contact shows and the thread opens
        logout();
        login(firm.getEmail());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("network/exchange/" + postId);
        assertThat(pageText()).contains("View Startup " + tag, "Misuriamo il tono su piastrelle.");
        _click(_get(Button.class, s -> s.withId("accept-" + interestId)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(pageText()).contains(t("exchange.contact", startup.getFullName(), startup.getEmail()));
        UI.getCurrent().navigate("network/exchange/mine");
        assertThat(pageText()).contains(t("exchange.mine.title"));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("exchange-my-posts")))).isOne();
        UI.getCurrent().navigate("network/exchange/thread/" + interestId);
        assertThat(pageText()).contains(t("exchange.thread.title", "View Startup " + tag), t("exchange.thread.empty"));
        UserInput.set(_get(TextArea.class, s -> s.withId("thread-text")), "Can you come on Tuesday? " + tag);
        _click(_get(Button.class, s -> s.withId("thread-send")));
        assertThat(pageText()).contains("Can you come on Tuesday? " + tag);

        // the start-up reads it in Italian; a third organisation finds nothing
        logout();
        login(startup.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("network/exchange/thread/" + interestId);
        assertThat(pageText()).contains("Can you come on Tuesday? " + tag,
                translations.get("exchange.contact", Locale.ITALIAN, firm.getFullName(), firm.getEmail()));
        UI.getCurrent().navigate("network/exchange/mine");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("exchange-our-interests")))).isOne();

        logout();
        login(stranger.getEmail());
        UI.getCurrent().navigate("network/exchange/thread/" + interestId);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("network/exchange/edit/" + postId);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anApplicantMayOfferButNotPostANeedAndSeesTheBoardAsCardsOnAPhone() {
        UserAccount applicant = accounts.user("xvapp", accounts.organisation("View Lab " + tag, OrganisationType.UNIVERSITY),
                Role.APPLICANT);
        login(applicant.getEmail());
        UI.getCurrent().navigate("network/exchange/edit");
        RadioButtonGroup<PostKind> kind = _get(RadioButtonGroup.class, s -> s.withId("post-kind"));
        assertThat(kind.getListDataView().getItems()).containsExactly(PostKind.OFFER);
        UserInput.set(_get(RadioButtonGroup.class, s -> s.withId("post-arrangement")), Arrangement.FACILITY_USE);
        UserInput.set(_get(ComboBox.class, s -> s.withId("post-area")), TechnologyArea.ADDITIVE_MANUFACTURING);
        UserInput.set(_get(TextField.class, s -> s.withId("post-title")), "Metal printer by the day " + tag);
        UserInput.set(_get(TextArea.class, s -> s.withId("post-summary")), "Two LPBF printers with a technician.");
        UserInput.set(_get(IntegerField.class, s -> s.withId("post-trl")), 7);
        _click(_get(Button.class, s -> s.withId("post-save")));
        NotificationsKt.expectNotifications(t("exchange.form.published"));

        UI.getCurrent().navigate("network/exchange");
        ExchangeBoardView board = (ExchangeBoardView) UI.getCurrent().getCurrentView();
        UserInput.set(board.search, tag);
        board.cards.fit(390);
        assertThat(board.cards.cardColumn().isVisible()).isTrue();
        assertThat(board.cards.wideColumns()).noneMatch(Grid.Column::isVisible);
        assertThat(GridKt._size(board.grid)).isOne();
        assertThat(GridKt._getCellComponent(board.grid, 0, "card").getElement().getTextRecursively())
                .contains("Metal printer by the day " + tag, t("exchange.kind.OFFER"), t("exchange.arrangement.FACILITY_USE"),
                        t("exchange.trl", 7));
    }
}
