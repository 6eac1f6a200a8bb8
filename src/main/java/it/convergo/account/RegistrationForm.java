package it.convergo.account;

/** What an applicant types into the registration view; checked again on the server. */
public record RegistrationForm(
        String email,
        String fullName,
        String password,
        String organisationName,
        OrganisationType organisationType,
        String country,
        String vatNumber,
        Region region,
        OrganisationSize size,
        String language) {
}
