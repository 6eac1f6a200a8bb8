package it.convergo.account;

import java.util.Locale;

/** Whom to write to, and in which language. */
public record Recipient(long userId, String email, String fullName, Locale locale) {
}
