package io.reckon.adapters.bingx.rest;

import java.util.regex.Pattern;

/**
 * Scrubs text that may end up in a log line, an exception or a control event: the values of the
 * {@code listenKey} and {@code signature} query parameters, and any literal secret the caller names.
 */
public final class Redactor {
    private static final Pattern QUERY_SECRETS =
        Pattern.compile("(?i)(listenKey|signature)(=|\"\\s*:\\s*\")[^&\"\\s]*");
    private static final int MAX_LENGTH = 200;

    private Redactor() {
    }

    /** Redacts, strips control characters and truncates to 200 characters. */
    public static String scrub(final String text, final String... secrets) {
        if (text == null) {
            return "";
        }
        String s = QUERY_SECRETS.matcher(text).replaceAll("$1$2<redacted>");
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                s = s.replace(secret, "<redacted>");
            }
        }
        final StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_LENGTH));
        for (int i = 0; i < s.length() && out.length() < MAX_LENGTH; i++) {
            final char c = s.charAt(i);
            out.append(c < 0x20 ? ' ' : c);
        }
        return out.toString();
    }
}
