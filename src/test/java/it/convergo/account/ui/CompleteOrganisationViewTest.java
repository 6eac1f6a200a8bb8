package it.convergo.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import it.convergo.account.AccountFixtures;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationCompletion;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.account.RegistrationForm;
import it.convergo.account.Role;
import it.convergo.account.SingleSignOn;
import it.convergo.account.SsoIdentity;
import it.convergo.account.UserAccount;
import it.convergo.base.UserFacingException;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An applicant made by single sign-on names their organisation: joining one registered with the VAT number, or
 * registering a new one; bad input changes nothing; the session's principal carries the organisation at once.
 */
class CompleteOrganisationViewTest extends KaribuTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    SingleSignOn sso;
    @Autowired
    OrganisationCompletion completion;

    /** An applicant as a provider's first sign-in makes them, signed in. */
    private AccountPrincipal ssoApplicant(String prefix) {
        String email = AccountFixtures.uniqueEmail(prefix);
        sso.signIn(new SsoIdentity("university", UUID.randomUUID().toString(), email, true, "Sara Neri", "en"));
        return login(email);
    }

    private OrganisationFields fields() {
        return _get(OrganisationFields.class);
    }

    private void save() {
        _click(_get(Button.class, s -> s.withText(t("organisation.complete.submit"))));
    }

    @Test
    void anApplicantJoinsTheOrganisationRegisteredWithTheVatNumber() {
        Organisation existing = accounts.organisation("Joined", OrganisationType.UNIVERSITY);
        AccountPrincipal me = ssoApplicant("complete-join");
        UI.getCurrent().navigate("complete-organisation");

        UserInput.set(fields().vatNumber, existing.getVatNumber());
        assertThat(pageText()).contains(t("register.vat.existing", existing.getName()));
        save();

        assertThat(pageText()).contains(t("organisation.complete.done", existing.getName()));
        assertThat(accounts.reload(me.userId()).getOrganisation().getId()).isEqualTo(existing.getId());
        AccountPrincipal now = CurrentUser.require();
        assertThat(now.organisationId()).as("the session knows the organisation at once").isEqualTo(existing.getId());
        assertThat(now.roles()).containsExactly(Role.APPLICANT);
        assertThat(OrganisationCompletion.isDue(now)).isFalse();
    }

    @Test
    void anApplicantRegistersANewOrganisation() {
        AccountPrincipal me = ssoApplicant("complete-new");
        String vat = AccountFixtures.uniqueVat();
        UI.getCurrent().navigate("complete-organisation");

        UserInput.set(fields().vatNumber, vat);
        UserInput.set(fields().name, "Laboratorio Nuovo");
        UserInput.set(fields().type, OrganisationType.STARTUP);
        UserInput.set(fields().region, Region.PIEMONTE);
        UserInput.set(fields().size, OrganisationSize.MICRO);
        save();

        Organisation made = accounts.reload(me.userId()).getOrganisation();
        assertThat(made.getName()).isEqualTo("Laboratorio Nuovo");
        assertThat(made.getVatNumber()).isEqualTo(vat);
        assertThat(CurrentUser.require().organisationName()).isEqualTo("Laboratorio Nuovo");
    }

    @Test
    void badInputIsExplainedAndChangesNothing() {
        AccountPrincipal me = ssoApplicant("complete-bad");
        UI.getCurrent().navigate("complete-organisation");

        UserInput.set(fields().vatNumber, "123");
        save();

        assertThat(fields().vatNumber.isInvalid()).isTrue();
        assertThat(fields().vatNumber.getErrorMessage()).isNotBlank();
        assertThat(pageText()).as("the summary names the field's problem").contains(fields().vatNumber.getErrorMessage());
        assertThat(accounts.reload(me.userId()).getOrganisation()).isNull();
        assertThat(CurrentUser.require().organisationId()).isNull();
    }

    @Test
    void whoAlreadyBelongsToAnOrganisationCannotChangeIt() {
        Organisation own = accounts.organisation("Own", OrganisationType.SME);
        Organisation other = accounts.organisation("Other", OrganisationType.SME);
        UserAccount member = accounts.user("complete-member", own, Role.APPLICANT);
        login(member.getEmail());
        UI.getCurrent().navigate("complete-organisation");
        assertThat(pageText()).contains(t("organisation.complete.already"));

        RegistrationForm joinOther = new RegistrationForm(null, null, null, null, null, "IT", other.getVatNumber(),
                null, null, null);
        assertThatThrownBy(() -> completion.complete(joinOther))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("organisation.complete.already");
        assertThat(accounts.reload(member.getId()).getOrganisation().getId()).isEqualTo(own.getId());

        UserAccount evaluator = accounts.user("complete-evaluator", null, Role.EVALUATOR);
        login(evaluator.getEmail());
        assertThatThrownBy(() -> completion.complete(joinOther)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.reload(evaluator.getId()).getOrganisation()).isNull();
    }
}
