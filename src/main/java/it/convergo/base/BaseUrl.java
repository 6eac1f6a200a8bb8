package it.convergo.base;

/** The portal's public address ({@code convergo.base-url}) as links are built from it: without a trailing slash. */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static String trimmed(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
