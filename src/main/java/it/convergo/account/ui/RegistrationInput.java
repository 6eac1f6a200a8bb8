package it.convergo.account.ui;

import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.RegistrationForm;
import it.convergo.account.Region;
import it.convergo.account.ui.AccountFields.EmailAddress;
import it.convergo.account.ui.AccountFields.FullName;
import it.convergo.account.ui.AccountFields.OrganisationName;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What the registration page edits, with the checks a field can make on its own. The password (judged by
 * {@link it.convergo.account.PasswordPolicy} against the address), its repetition and the VAT number (read by the
 * rules of the chosen country) depend on another field: the page adds those. The server repeats every check.
 * Public because the binder builds it by reflection.
 */
public record RegistrationInput(
        @EmailAddress String email,
        @FullName String fullName,
        String password,
        String passwordAgain,
        @NotBlank(message = "register.error.country")
        @Nullable String country,
        @NotBlank(message = "vat.error.required")
        String vatNumber,
        @OrganisationName String organisationName,
        @NotNull(message = "register.error.organisationType")
        @Nullable OrganisationType organisationType,
        @NotNull(message = "register.error.region")
        @Nullable Region region,
        @Nullable OrganisationSize size,
        @AssertTrue(message = "register.error.privacy")
        boolean privacy,
        boolean marketingEmails) {

    /** What the service receives: the applicant's own data, in the language the page spoke. */
    RegistrationForm toForm(String language) {
        return new RegistrationForm(email, fullName, password, organisationName, organisationType, country, vatNumber,
                region, size, language, marketingEmails);
    }
}
