package it.convergo.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped (no script or iframe ever
 * survives), link targets with unsafe schemes such as {@code javascript:} are dropped, and only the portal's
 * own images (relative addresses) are shown: an image from elsewhere, which could track who reads the page,
 * becomes a plain link with its alt text.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new SafeUrls()).build();
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        replaceExternalImages(document);
        return RENDERER.render(document);
    }

    /** A relative address on this portal: no scheme, not protocol-relative ("//host"). */
    static boolean isOwn(String url) {
        String cleaned = url == null ? "" : url.replaceAll("[\\p{Cntrl}\\s]", "").replace('\\', '/');
        return !cleaned.isEmpty() && !cleaned.startsWith("//") && !SCHEME.matcher(cleaned).find();
    }

    private static void replaceExternalImages(Node document) {
        List<Image> external = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!isOwn(image.getDestination())) {
                    external.add(image);
                }
                visitChildren(image);
            }
        });
        for (Image image : external) {
            // inside a link the alt text alone stays (no link in a link); elsewhere a link to the image
            Node replacement = insideLink(image) ? null : new Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                if (replacement == null) {
                    image.insertBefore(child);
                } else {
                    replacement.appendChild(child);
                }
                child = next;
            }
            if (replacement != null) {
                if (replacement.getFirstChild() == null) {
                    replacement.appendChild(new Text(image.getDestination()));
                }
                image.insertBefore(replacement);
            }
            image.unlink();
        }
    }

    private static boolean insideLink(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Link) {
                return true;
            }
        }
        return false;
    }

    /** Only web and mail links, and relative ones; images only from this portal. Anything else becomes "". */
    private static final class SafeUrls implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            String cleaned = url.replaceAll("[\\p{Cntrl}\\s]", "");
            Matcher m = SCHEME.matcher(cleaned);
            if (!m.find()) {
                return url;
            }
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto") ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return isOwn(url) ? url : "";
        }
    }
}
