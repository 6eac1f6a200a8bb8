package it.convergo.account.ui.admin;

import it.convergo.account.Organisation;
import it.convergo.account.Role;
import it.convergo.account.ui.AccountFields.EmailAddress;
import it.convergo.account.ui.AccountFields.FullName;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whom the admin invites, in which role and language. A firm manager needs an organisation (their firm): the
 * dialog checks that, as the role is another field. Public because the binder builds it by reflection.
 */
public record Invitation(
        @EmailAddress String email,
        @FullName String fullName,
        @NotNull(message = "invite.error.role") @Nullable Role role,
        @Nullable Organisation organisation,
        Locale language) {
}
