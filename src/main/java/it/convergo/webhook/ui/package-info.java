/** The firm manager's page of webhook endpoints and their delivery log. */
@NullMarked
package it.convergo.webhook.ui;

import org.jspecify.annotations.NullMarked;
