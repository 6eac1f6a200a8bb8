package it.convergo.account.ui;

/**
 * A new password and its repetition, as the reset and invitation pages take them. Both are judged by
 * {@link Passwords} (PasswordPolicy, and the two must match); the service judges the password again, against the
 * account's address too. Public because the binder builds it by reflection.
 */
public record NewPassword(String password, String again) {
}
