package it.convergo.api;

/** A token just created: the only moment its secret is known; afterwards only its hash exists. */
public record NewApiToken(ApiTokenRow token, String secret) {
}
