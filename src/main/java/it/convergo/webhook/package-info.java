/**
 * Webhooks for firms: a firm manager registers HTTPS endpoints of their firm; when one of the firm's challenges
 * is published, closes, receives a proposal or has its results published, one delivery per matching active
 * endpoint is written to this module's outbox in the transaction of the cause, then POSTed signed with
 * HMAC-SHA256, retried with backoff and logged attempt by attempt. No other module calls it. See docs/webhooks.md.
 */
@ApplicationModule(displayName = "Webhooks")
package it.convergo.webhook;

import org.springframework.modulith.ApplicationModule;
