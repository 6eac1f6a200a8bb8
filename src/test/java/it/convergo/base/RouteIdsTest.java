package it.convergo.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountFixtures;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.base.ui.NotFoundView;
import it.convergo.support.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** Every address with an id: a malformed id shows "not found", and nothing is logged as an error. */
class RouteIdsTest extends KaribuTest {

    private static final Pattern ID_PARAMETER = Pattern.compile(":(id|\\w+Id)\\b\\??");  // "?": an optional id
    private static final String[] MALFORMED = {"abc", "12abc", "-1", "0", "1.5", "99999999999999999999", "%20"};

    @Autowired
    AccountFixtures fixtures;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(logged);
    }

    @Test
    void malformedIdsShowNotFoundWithoutAStackTrace() {
        List<String> templates = new ArrayList<>();
        for (Class<? extends Component> view : ROUTES.getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null && ID_PARAMETER.matcher(route.value()).find()) {
                templates.add(route.value());
            }
        }
        assertThat(templates).as("id routes found").hasSizeGreaterThanOrEqualTo(11)
                .contains("proposals/:id", "evaluate/:proposalId", "admin/users/:id");
        login(fixtures.user("all-roles", fixtures.organisation("Ids", OrganisationType.SME), Role.values()).getEmail());
        for (String template : templates) {
            for (String bad : MALFORMED) {
                String path = ID_PARAMETER.matcher(template).replaceAll(bad);
                UI.getCurrent().navigate(path);
                assertThat(UI.getCurrent().getCurrentView()).as("/%s", path).isInstanceOf(NotFoundView.class);
                assertThat(pageText()).as("/%s", path).contains(t("error.notFound"));
            }
        }
        assertThat(logged.list).as("errors logged").noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                && e.getLoggerName().startsWith("it.convergo") || e.getThrowableProxy() != null);
    }
}
