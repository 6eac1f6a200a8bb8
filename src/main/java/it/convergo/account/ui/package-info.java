/** The account pages: sign-in, registration, links sent by e-mail, profile, and the language of the session. */
@NullMarked
package it.convergo.account.ui;

import org.jspecify.annotations.NullMarked;
