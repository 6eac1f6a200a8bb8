package it.convergo.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import it.convergo.account.AccountPrincipal;
import it.convergo.base.i18n.Translations;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base for view tests: a mocked Vaadin UI inside the real Spring context, in English unless a test
 * switches, with sign-in through the Spring Security context (and the fake request, which Vaadin's
 * view access checks read).
 */
public abstract class KaribuTest extends SpringTest {

    protected static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private UserDetailsService userDetailsService;
    @Autowired
    protected Translations translations;

    /**
     * Every route, layout and error view of the portal. Karibu's own discovery sees public classes only, and
     * most views are package-private: the same scan again with every visibility adds them.
     */
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("it.convergo");
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("it.convergo").scan()) {
            scan.getClassesWithAnnotation(Route.class).union(scan.getClassesWithAnnotation(Layout.class))
                    .filter(c -> !c.isAbstract()).loadClasses(Component.class).forEach(routes.getRoutes()::add);
            for (Class<?> c : scan.getClassesImplementing(HasErrorParameter.class)
                    .filter(c -> !c.isAbstract() && !c.isInterface()).loadClasses()) {
                @SuppressWarnings("unchecked")
                Class<? extends HasErrorParameter<?>> errorView = (Class<? extends HasErrorParameter<?>>) c;
                routes.getErrorRoutes().add(errorView);
            }
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the given user, exactly as a successful form login would leave the session. */
    protected AccountPrincipal login(String email) {
        AccountPrincipal principal = (AccountPrincipal) userDetailsService.loadUserByUsername(email);
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(token);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        Set<String> roles = principal.roles().stream().map(Enum::name).collect(Collectors.toSet());
        request.setUserInRole((p, role) -> roles.contains(role));
        return principal;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((p, role) -> false);
    }

    /** All text the current view shows (its layout's header excluded). */
    protected static String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    /** The English text of a key, for asserting what the user reads. */
    protected String t(String key, Object... params) {
        return translations.get(key, Locale.ENGLISH, params);
    }

    /** Selects the page's tab with the label of {@code key} in the UI's language, as a click would: tabs move as features add theirs. */
    protected void selectTab(String key) {
        com.vaadin.flow.component.tabs.TabSheet tabs =
                com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.tabs.TabSheet.class);
        String label = translations.get(key, UI.getCurrent().getLocale());
        for (int i = 0; i < tabs.getTabCount(); i++) {
            tabs.setSelectedIndex(i);
            if (tabs.getSelectedTab().getLabel().equals(label)) {
                com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
                return;
            }
        }
        throw new AssertionError("no tab labelled " + label);
    }
}
