package it.convergo.webhook;

/** An endpoint just created or with its secret rotated: the only moment the secret is shown. */
public record NewSecret(EndpointRow endpoint, String secret) {
}
