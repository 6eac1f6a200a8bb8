package it.convergo.challenge;

import java.util.Locale;
import org.commonmark.parser.Parser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped (no script or iframe ever
 * survives) and link targets with unsafe schemes such as {@code javascript:} are dropped.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new SafeUrls()).build();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Only web and mail links, and relative ones; images only over https/http. Anything else becomes "". */
    private static final class SafeUrls implements UrlSanitizer {

        private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url, true) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return allowed(url, false) ? url : "";
        }

        private static boolean allowed(String url, boolean mail) {
            String cleaned = url.replaceAll("[\\p{Cntrl}\\s]", "");
            Matcher m = SCHEME.matcher(cleaned);
            if (!m.find()) {
                return true;
            }
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") || mail && scheme.equals("mailto");
        }
    }
}
