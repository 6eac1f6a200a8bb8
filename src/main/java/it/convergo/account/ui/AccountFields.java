package it.convergo.account.ui;

import it.convergo.base.ui.FormBinder;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import it.convergo.account.AccountLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The fields several account forms share, each a constraint made of the checks it always needs, with the limits of
 * {@link AccountLimits} and translation keys as messages (see {@link FormBinder}).
 */
public final class AccountFields {

    private AccountFields() {
    }

    /** An e-mail address as the service reads it: required, one {@code @}, a domain with a dot, at most 254 characters. */
    @NotBlank(message = "register.error.email")
    @Email(regexp = AccountLimits.EMAIL_PATTERN, message = "register.error.email")
    @Size(max = AccountLimits.EMAIL, message = "register.error.email")
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface EmailAddress {
        String message() default "register.error.email";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A person's full name: required, at most {@link AccountLimits#FULL_NAME} characters. */
    @NotBlank(message = "register.error.nameRequired")
    @Size(max = AccountLimits.FULL_NAME, message = "register.error.nameLong|{max}")
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface FullName {
        String message() default "register.error.nameRequired";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** An organisation's name: required, at most {@link AccountLimits#ORGANISATION_NAME} characters. */
    @NotBlank(message = "register.error.organisationRequired")
    @Size(max = AccountLimits.ORGANISATION_NAME, message = "register.error.organisationLong|{max}")
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER})
    @Retention(RUNTIME)
    @Documented
    public @interface OrganisationName {
        String message() default "register.error.organisationRequired";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
