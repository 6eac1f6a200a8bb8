package it.convergo.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.network.LogoPictures;
import it.convergo.network.NetworkFixtures;
import it.convergo.network.ProfileCard;
import it.convergo.network.ProfileLogos;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.support.KaribuTest;
import it.convergo.support.Uploads;
import it.convergo.support.UserInput;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An applicant adds its organisation's logo: a renamed file is refused, the next file is taken at once, visitors see it. */
class ProfileLogoViewTest extends KaribuTest {

    @Autowired
    NetworkFixtures fixtures;
    @Autowired
    ProfileLogos logos;
    @Autowired
    ChallengeFixtures challengeFixtures;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    ChallengePublishing publishing;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @Test
    void aRefusedFileThenAValidOneGivesTheProfileItsLogo() {
        UserAccount applicant = fixtures.member("Logolab " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        AccountPrincipal me = fixtures.signIn(applicant);
        fixtures.listedProfile("Printed labels with logos " + tag, "", TechnologyArea.ROBOTICS);
        fixtures.signOut();

        login(applicant.getEmail());
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("network/profile");
        assertThat(_get(Span.class, s -> s.withClasses("cv-org-logo-initials")).getText()).isEqualTo("L" + tag.substring(0, 1).toUpperCase(Locale.ROOT));
        assertThat(_find(Button.class, s -> s.withId("profile-logo-remove"))).as("hidden: nothing to remove").isEmpty();
        Upload upload = _get(Upload.class, s -> s.withId("profile-logo-upload"));

        byte[] notAnImage = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(Uploads.send(upload, "logo.png", notAnImage)).as("the upload takes the next file").isTrue();
        Div message = _get(Div.class, s -> s.withId("profile-logo-message"));
        assertThat(message.getElement().getText()).isEqualTo(translations.get("network.logo.error.invalid", Locale.ITALIAN));
        assertThat(_find(Image.class, s -> s.withClasses("cv-org-logo"))).as("nothing stored").isEmpty();

        assertThat(Uploads.send(upload, "logo.jpg", LogoPictures.jpeg(640, 480))).isTrue();
        assertThat(message.getElement().getText()).isEqualTo(translations.get("network.logo.saved", Locale.ITALIAN));
        Image logo = _get(Image.class, s -> s.withClasses("cv-org-logo"));
        assertThat(logo.getAlt()).hasValue(me.organisationName());
        _get(Button.class, s -> s.withId("profile-logo-remove"));

        logout();
        UI.getCurrent().navigate("network/" + me.organisationId());
        assertThat(_get(Image.class, s -> s.withClasses("cv-org-logo")).getAlt()).hasValue(me.organisationName());
        UI.getCurrent().navigate("network");
        UserInput.set(_get(TextField.class, s -> s.withId("network-search")), "printed labels " + tag);
        @SuppressWarnings("unchecked")
        Grid<ProfileCard> grid = _get(Grid.class, s -> s.withId("network-grid"));
        assertThat(GridKt._get(grid, 0).hasLogo()).isTrue();

        login(applicant.getEmail());
        UI.getCurrent().navigate("network/profile");
        _click(_get(Button.class, s -> s.withId("profile-logo-remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_find(Image.class, s -> s.withClasses("cv-org-logo"))).isEmpty();
        assertThat(_get(Span.class, s -> s.withClasses("cv-org-logo-initials")).isVisible()).isTrue();
    }

    @Test
    void aFirmSeesTheLogoOfAnOrganisationThatFitsAndInitialsForOneWithout() {
        UserAccount lab = fixtures.member("Furnace " + tag, OrganisationType.RESEARCH_CENTRE, Role.APPLICANT);
        AccountPrincipal withLogo = fixtures.signIn(lab);
        fixtures.listedProfile("Waste heat from furnaces " + tag, "", TechnologyArea.ENERGY_EFFICIENCY);
        logos.upload(LogoPictures.png(120, 120));
        AccountPrincipal without = fixtures.signIn(fixtures.member("Boiler " + tag, OrganisationType.SME, Role.APPLICANT));
        fixtures.listedProfile("Waste heat boilers " + tag, "", TechnologyArea.ENERGY_EFFICIENCY);
        fixtures.signOut();
        UserAccount manager = challengeFixtures.firmManager();
        challengeFixtures.signIn(manager);
        ChallengeDraft d = challengeFixtures.completeDraft("Waste heat from furnaces " + tag);
        d.setAreas(new java.util.HashSet<>(java.util.Set.of(TechnologyArea.ENERGY_EFFICIENCY)));
        long challenge = editor.save(d);
        publishing.publish(challenge, editor.draft(challenge).getVersion());
        fixtures.signOut();

        login(manager.getEmail());
        UI.getCurrent().navigate("network/matches/" + challenge);
        assertThat(_get(Image.class, s -> s.withClasses("cv-org-logo")).getAlt()).hasValue(withLogo.organisationName());
        assertThat(_find(Span.class, s -> s.withClasses("cv-org-logo-initials")).stream()
                .map(i -> i.getElement().getAttribute("data-organisation")))
                .contains(String.valueOf(without.organisationId()));
    }
}
