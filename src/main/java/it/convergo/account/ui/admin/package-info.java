/** The admin console: users, organisations, the outbox and the audit log. */
@NullMarked
package it.convergo.account.ui.admin;

import org.jspecify.annotations.NullMarked;
