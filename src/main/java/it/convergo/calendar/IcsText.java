package it.convergo.calendar;

import java.nio.charset.StandardCharsets;

/** The two text rules of RFC 5545: escaping in text values (3.3.11) and folding of long lines (3.1). */
final class IcsText {

    static final String CRLF = "\r\n";
    /** At most 75 octets per line, line break excluded. */
    static final int MAX_OCTETS = 75;

    private IcsText() {
    }

    /** Backslash, semicolon, comma and line breaks escaped; other control characters dropped (not allowed). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The line folded into pieces of at most 75 octets in UTF-8, each continuation starting with a space, and
     * ended with CRLF. A character is never split across pieces (a split UTF-8 sequence would be invalid).
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append(CRLF).toString();
    }
}
