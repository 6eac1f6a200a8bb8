package it.convergo.account.ui;

import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.RegistrationForm;
import it.convergo.account.Region;
import it.convergo.account.ui.AccountFields.OrganisationName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The organisation part of {@link RegistrationInput}, with the same checks, for an applicant who signed in through
 * a single sign-on provider and has an account already. Public because the binder builds it by reflection.
 */
public record OrganisationInput(
        @NotBlank(message = "register.error.country")
        @Nullable String country,
        @NotBlank(message = "vat.error.required")
        String vatNumber,
        @OrganisationName String organisationName,
        @NotNull(message = "register.error.organisationType")
        @Nullable OrganisationType organisationType,
        @NotNull(message = "register.error.region")
        @Nullable Region region,
        @Nullable OrganisationSize size) {

    /** The registration's form without the person's part, which the account already has. */
    RegistrationForm toForm() {
        return new RegistrationForm(null, null, null, organisationName, organisationType, country, vatNumber, region,
                size, null);
    }
}
