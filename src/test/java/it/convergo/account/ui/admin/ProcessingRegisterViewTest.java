package it.convergo.account.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Role;
import it.convergo.base.PersonalDataSource;
import it.convergo.support.KaribuTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register of processing, as the administrator reads and prints it; every feature with personal data is in it. */
class ProcessingRegisterViewTest extends KaribuTest {

    @Autowired
    AccountFixtures fixtures;
    @Autowired
    List<PersonalDataSource> sources;

    @Test
    void everyFeatureWithPersonalDataHasItsActivityInBothLanguages() {
        for (PersonalDataSource source : sources) {
            PersonalDataSource.Processing activity = source.processing();
            for (String text : List.of("name", "purpose", "subjects", "data", "recipients", "retention")) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                    assertThat(translations.get(activity.key(text), locale)).as(activity.key(text) + " " + locale)
                            .isNotBlank().doesNotStartWith("!");
                }
            }
        }
    }

    @Test
    void theAdministratorReadsEveryActivityWithTheRetentionFigures() {
        login(fixtures.user("admin", null, Role.ADMIN).getEmail());
        UI.getCurrent().navigate("admin/processing-register");
        assertThat(pageText()).contains(t("register.title"), t("register.proposals.name"), t("register.evaluations.name"),
                t("register.account.name"), t("register.transfers"), t("register.heading.security"),
                t("register.security.passwords"));
        assertThat(pageText()).containsAnyOf(t("register.figure.noRetention"), "Challenges with a retention rule:");
        _click(_get(Button.class, s -> s.withText(t("register.print"))));
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("window.print()"));

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("admin/audit");
        UI.getCurrent().navigate("admin/processing-register");
        assertThat(pageText()).contains(translations.get("register.title", Locale.ITALIAN),
                translations.get("register.proposals.retention", Locale.ITALIAN));
    }
}
