package it.convergo.api;

import java.util.Set;

/** What a token may do: READ only reads, WRITE also changes (submits). */
public enum ApiScope {
    READ(Set.of("GET", "HEAD", "OPTIONS")),
    WRITE(Set.of("GET", "HEAD", "OPTIONS", "POST"));

    private final Set<String> methods;

    ApiScope(Set<String> methods) {
        this.methods = methods;
    }

    public boolean allows(String httpMethod) {
        return methods.contains(httpMethod);
    }
}
