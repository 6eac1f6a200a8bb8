package it.convergo.account.ui.admin;

import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.account.ui.AccountFields.OrganisationName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An organisation the admin registers (a lead firm, typically). The VAT number is read by the rules of the chosen
 * country ({@link it.convergo.account.ui.OrganisationFields}); the service checks all again and refuses a VAT
 * number already registered. Public because the binder builds it by reflection.
 */
public record NewOrganisation(
        @NotBlank(message = "register.error.country")
        @Nullable String country,
        @NotBlank(message = "vat.error.required")
        String vatNumber,
        @OrganisationName String organisationName,
        @NotNull(message = "register.error.organisationType")
        @Nullable OrganisationType organisationType,
        @Nullable Region region,
        @Nullable OrganisationSize size) {

    /** What the dialog starts with: an Italian large company, the usual lead firm. */
    static NewOrganisation usual() {
        return new NewOrganisation("IT", "", "", OrganisationType.LARGE_COMPANY, null, null);
    }
}
