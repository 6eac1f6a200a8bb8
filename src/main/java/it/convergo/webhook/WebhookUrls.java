package it.convergo.webhook;

import it.convergo.base.UserFacingException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which addresses the portal may POST to: HTTPS to a host on the public internet. A webhook is a request the
 * portal makes on a firm's behalf, so an address inside the portal's own network (loopback, private, link-local
 * such as a cloud's metadata service) is refused. Plain HTTP to localhost is allowed only when
 * {@code convergo.webhooks.allow-http-localhost} is set (tests and a developer's machine).
 */
@Component
class WebhookUrls {

    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1");

    private final boolean allowHttpLocalhost;

    WebhookUrls(@Value("${convergo.webhooks.allow-http-localhost:false}") boolean allowHttpLocalhost) {
        this.allowHttpLocalhost = allowHttpLocalhost;
    }

    /** The address as it will be called, or a translated refusal. Resolves the host name (SSRF check). */
    URI check(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty() || trimmed.length() > WebhookEndpoints.URL_MAX) {
            throw new UserFacingException("webhook.error.url", WebhookEndpoints.URL_MAX);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new UserFacingException("webhook.error.url", WebhookEndpoints.URL_MAX);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new UserFacingException("webhook.error.url", WebhookEndpoints.URL_MAX);
        }
        if (allowHttpLocalhost && LOCAL_NAMES.contains(host.toLowerCase(Locale.ROOT))) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw new UserFacingException("webhook.error.httpsOnly");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UserFacingException("webhook.error.unresolvable", host);
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw new UserFacingException("webhook.error.privateAddress", host);
            }
        }
        return uri;
    }

    /** Loopback, private, link-local, wildcard, multicast, carrier-grade NAT and IPv6 unique local addresses. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || (b[0] & 0xff) == 0;
    }
}
