/**
 * The REST API under {@code /api}: personal API tokens (only their SHA-256 is kept), the stateless security
 * chain that authenticates a request by its bearer token as the same principal form login gives, the endpoints
 * (which call the challenge and proposal modules' services, so the same rules apply) and their errors as
 * RFC 9457 problem details. No other module calls it. See docs/api.md.
 */
@ApplicationModule(displayName = "REST API")
package it.convergo.api;

import org.springframework.modulith.ApplicationModule;
