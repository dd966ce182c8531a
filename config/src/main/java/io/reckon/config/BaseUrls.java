package io.reckon.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks {@code rest.base_url} and {@code ws.base_url} at start-up, parsed as URLs rather than matched as text, and
 * tells BingX mainnet hosts from its demo (VST) hosts.
 */
final class BaseUrls {
    static final Set<String> REST_SCHEMES = Set.of("http", "https");
    static final Set<String> WS_SCHEMES = Set.of("ws", "wss");

    /**
     * BingX's demo (VST) hosts. Every other host under {@code bingx.com} is taken for mainnet: BingX serves real
     * money from several hosts ({@code open-api.bingx.com}, {@code open-api-swap.bingx.com}, ...), and a new one
     * refused until the file allows mainnet costs a line of configuration, where one let through costs money.
     */
    static final Set<String> BINGX_DEMO_HOSTS = Set.of("open-api-vst.bingx.com", "vst-open-api-ws.bingx.com");

    private BaseUrls() {
    }

    /**
     * @return {@code value} with its scheme and host lower-cased (both are case-insensitive; the adapters compare
     *         them as written)
     * @throws ConfigException naming {@code key} when the value is not an absolute URL with one of {@code schemes},
     *                         a host and a port in range, or carries user information, a fragment or (unless
     *                         {@code allowQuery}) a query
     */
    static String check(final String key, final String value, final Set<String> schemes, final boolean allowQuery) {
        final URI uri;
        try {
            uri = new URI(value).parseServerAuthority();
        } catch (final URISyntaxException e) {
            throw new ConfigException(key, "not a valid URL: " + e.getReason() + " at index " + e.getIndex()
                + " of " + shown(value));
        }
        final String allowed = String.join(", ", new TreeSet<>(schemes));
        if (uri.getScheme() == null) {
            throw new ConfigException(key, "not a URL: " + shown(value) + " has no scheme (one of " + allowed + ")");
        }
        final String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            throw new ConfigException(key, "scheme '" + uri.getScheme() + "' is not one of " + allowed);
        }
        if (uri.getRawUserInfo() != null) {
            throw new ConfigException(key, "must not carry a user name or password (value not shown)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ConfigException(key, shown(value) + " has no host");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            throw new ConfigException(key, "port " + uri.getPort() + " is outside 1-65535");
        }
        if (uri.getRawFragment() != null) {
            throw new ConfigException(key, shown(value) + " must not have a fragment (#...)");
        }
        if (!allowQuery && uri.getRawQuery() != null) {
            throw new ConfigException(key, shown(value) + " must not have a query (?...): it is a base URL");
        }
        final int prefix = uri.getScheme().length() + "://".length() + uri.getRawAuthority().length();
        return value.substring(0, prefix).toLowerCase(Locale.ROOT) + value.substring(prefix);
    }

    /** The host of a URL that passed {@link #check}, lower-case and without a trailing dot. */
    static String host(final String url) {
        final String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** True for a host under {@code bingx.com} that is not one of BingX's demo hosts. */
    static boolean isBingxMainnet(final String host) {
        return (host.equals("bingx.com") || host.endsWith(".bingx.com")) && !BINGX_DEMO_HOSTS.contains(host);
    }

    /** A URL with an {@code @} may hold a user name and password: such a value is not repeated in a message. */
    private static String shown(final String value) {
        return value.indexOf('@') >= 0 ? "the value (not shown: it may hold credentials)" : "'" + value + "'";
    }
}
