package it.convergo.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
        String language,
        boolean marketingEmails) {

    /** A registration without consent to optional e-mails (the box is unchecked by default). */
    public RegistrationForm(String email, String fullName, String password, String organisationName,
                            OrganisationType organisationType, String country, String vatNumber, Region region,
                            OrganisationSize size, String language) {
        this(email, fullName, password, organisationName, organisationType, country, vatNumber, region, size, language,
                false);
    }

    /**
     * Every problem of the form at once, field name to translation key, in the order of the form, so the
     * view can mark all of them in one round trip. The organisation's own fields are required only when it
     * is new (joining an existing organisation by VAT number needs none of them).
     */
    public Map<String, String> problems(boolean newOrganisation) {
        Map<String, String> problems = new LinkedHashMap<>();
        String mail = AccountService.normaliseEmail(email);
        if (mail.length() > AccountLimits.EMAIL || !AccountService.EMAIL.matcher(mail).matches()) {
            problems.put("email", "register.error.email");
        }
        if (fullName == null || fullName.isBlank()) {
            problems.put("fullName", "register.error.nameRequired");
        }
        String passwordProblem = PasswordPolicy.problem(password, mail);
        if (passwordProblem != null) {
            problems.put("password", passwordProblem);
        }
        String code = normalisedCountry();
        if (!code.matches("[A-Z]{2}")) {
            problems.put("country", "register.error.country");
        } else {
            String vatProblem = VatNumbers.problem(code, vatNumber);
            if (vatProblem != null) {
                problems.put("vatNumber", vatProblem);
            }
        }
        if (newOrganisation) {
            if (organisationName == null || organisationName.isBlank()) {
                problems.put("organisationName", "register.error.organisationRequired");
            }
            if (organisationType == null) {
                problems.put("organisationType", "register.error.organisationType");
            }
            if ("IT".equals(code) && (region == null || region == Region.ABROAD)) {
                problems.put("region", "register.error.region");
            }
        }
        return problems;
    }

    String normalisedCountry() {
        return country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    }
}
