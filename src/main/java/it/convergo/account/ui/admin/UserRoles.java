package it.convergo.account.ui.admin;

import it.convergo.account.Role;
import java.util.Set;

/**
 * The roles an admin gives one account. A firm manager must belong to an organisation: the page checks that
 * against the account, and the service again. Public because the binder builds it by reflection.
 */
public record UserRoles(Set<Role> roles) {
}
