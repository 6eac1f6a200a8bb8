package it.convergo.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.support.KaribuTest;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every route as an anonymous visitor and as each role, and checks who gets in. The table below is
 * the access policy: a new view fails this test until it is added here.
 */
class RouteAccessTest extends KaribuTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    @Autowired
    AccountFixtures fixtures;

    /** path template -> roles that may open it; ANONYMOUS marks pages open to visitors. */
    private static Map<String, Access> policy() {
        Map<String, Access> p = new LinkedHashMap<>();
        p.put("", Access.PUBLIC);
        p.put("login", Access.PUBLIC);
        p.put("register", Access.PUBLIC);
        p.put("forgot-password", Access.PUBLIC);
        p.put("confirm/:token", Access.PUBLIC);
        p.put("reset/:token", Access.PUBLIC);
        p.put("invitation/:token", Access.PUBLIC);
        p.put("profile", Access.signedIn(EVERY_ROLE));
        p.put("admin", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("admin/users", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("admin/users/:id", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("admin/organisations", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("admin/outbox", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("admin/audit", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("admin/processing-register", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("evaluate", Access.signedIn(EnumSet.of(Role.EVALUATOR)));
        p.put("evaluate/:proposalId", Access.signedIn(EnumSet.of(Role.EVALUATOR)));
        p.put("consensus/:proposalId", Access.signedIn(EnumSet.of(Role.EVALUATOR, Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("firm", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("evaluation", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("evaluation/:challengeId", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("results/:proposalId", Access.signedIn(EnumSet.of(Role.APPLICANT, Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("bids/:challengeId", Access.signedIn(EnumSet.of(Role.EVALUATOR)));
        p.put("challenges", Access.PUBLIC);
        p.put("challenges/:slug", Access.PUBLIC);
        p.put("my-challenges", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("my-challenges/:id/edit", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("my-challenges/:id/dashboard", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("my-proposals", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        p.put("proposals/new/:id", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        p.put("proposals/:id", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        p.put("proposals/:id/view", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("firm/proposals", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        // the network (issue 14)
        p.put("network", Access.PUBLIC);
        p.put("network/:organisationId", Access.PUBLIC);
        p.put("network/profile", Access.signedIn(EnumSet.of(Role.APPLICANT, Role.FIRM_MANAGER)));
        p.put("network/matches/:challengeId", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        p.put("admin/search", Access.signedIn(EnumSet.of(Role.ADMIN)));
        p.put("network/exchange", Access.signedIn(EVERY_ROLE));
        p.put("network/exchange/:postId", Access.signedIn(EVERY_ROLE));
        p.put("network/exchange/edit/:postId?", Access.signedIn(EnumSet.of(Role.APPLICANT, Role.FIRM_MANAGER)));
        p.put("network/exchange/mine", Access.signedIn(EnumSet.of(Role.APPLICANT, Role.FIRM_MANAGER)));
        p.put("network/requests", Access.signedIn(EnumSet.of(Role.APPLICANT, Role.FIRM_MANAGER)));
        p.put("network/partners/:challengeId", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        p.put("network/exchange/thread/:interestId", Access.signedIn(EnumSet.of(Role.APPLICANT, Role.FIRM_MANAGER)));
        // single sign-on (issue 16): an applicant made by a provider names their organisation
        p.put("complete-organisation", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        // the REST API's personal tokens (issue 16)
        p.put("profile/api-tokens", Access.signedIn(EVERY_ROLE));
        // webhooks for firms (issue 16)
        p.put("firm/webhooks", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER)));
        // one-click unsubscribe from optional e-mails (issue 16, consents)
        p.put("unsubscribe/:token", Access.PUBLIC);
        // the audience award (issue 15): any signed-in account votes; applicants opt in their proposal
        p.put("vote/:slug", Access.signedIn(EVERY_ROLE));
        p.put("vote-entry/:proposalId", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        // two-stage challenges (issue 15): the firm's shortlist of outlines
        p.put("firm/shortlist/:id", Access.signedIn(EnumSet.of(Role.FIRM_MANAGER, Role.ADMIN)));
        // clarification round (issue 15): the applicant answers the panel's questions
        p.put("questions/:proposalId", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        // pitch day (issues 15 and 16): the jury scores the pitches, an invited applicant reads its slot
        p.put("pitch-scores/:pitchDayId", Access.signedIn(EnumSet.of(Role.EVALUATOR)));
        p.put("pitch/:proposalId", Access.signedIn(EnumSet.of(Role.APPLICANT)));
        // appeals (issue 15): a reviewer's page for one appeal
        p.put("appeals/:appealId/review", Access.signedIn(EnumSet.of(Role.EVALUATOR)));
        return p;
    }

    record Access(boolean anonymous, Set<Role> roles) {
        static final Access PUBLIC = new Access(true, EVERY_ROLE);

        static Access signedIn(Set<Role> roles) {
            return new Access(false, roles);
        }
    }

    @Test
    void everyRouteIsInThePolicy() {
        Set<String> routes = new TreeSet<>();
        for (Class<? extends Component> view : ROUTES.getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                routes.add(route.value());
            }
        }
        assertThat(routes).isEqualTo(new TreeSet<>(policy().keySet()));
    }

    @Test
    void eachRoleGetsExactlyWhatThePolicyAllows() {
        Organisation org = fixtures.organisation("Access", OrganisationType.SME);
        UserAccount someone = fixtures.user("someone", org, Role.APPLICANT);
        for (var entry : policy().entrySet()) {
            String path = entry.getKey().replace(":token", "no-such-token").replace(":id", someone.getId().toString())
                    .replaceAll(":\\w+Id\\??", "999999999");
            logout();
            assertThat(opens(path)).as("anonymous on /%s", path).isEqualTo(entry.getValue().anonymous());
            for (Role role : Role.values()) {
                login(fixtures.user(role.name().toLowerCase(), role == Role.FIRM_MANAGER ? org : null, role).getEmail());
                assertThat(opens(path)).as("%s on /%s", role, path).isEqualTo(entry.getValue().roles().contains(role));
            }
        }
    }

    /**
     * Whether access control lets the user in: refused users get an access-denied error, anonymous visitors
     * are sent to the sign-in page. A page that then says "not found" for an unknown id still let them in.
     */
    private boolean opens(String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException refused) {
            return false;
        }
        Component view = UI.getCurrent().getCurrentView();
        return !(view instanceof it.convergo.account.ui.LoginView) || "login".equals(path);
    }
}
