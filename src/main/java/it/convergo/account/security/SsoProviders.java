package it.convergo.account.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured under spring.security.oauth2.client.registration; none by default,
 * and then the portal signs in with passwords only.
 */
@Component
public class SsoProviders {

    /** A provider as the sign-in page offers it: where its button leads and the name it shows. */
    public record Provider(String id, String name) {

        public String signInPath() {
            return "oauth2/authorization/" + id;
        }
    }

    private final List<Provider> providers;

    SsoProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                if (r instanceof ClientRegistration c
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(c.getAuthorizationGrantType())) {
                    found.add(new Provider(c.getRegistrationId(), c.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }

    public boolean any() {
        return !providers.isEmpty();
    }
}
