package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever a firm types, no script, frame or javascript: link reaches a visitor's browser. */
class MarkdownTest {

    @Test
    void markdownIsRendered() {
        assertThat(Markdown.toSafeHtml("# Title\n\n**bold** and [link](https://convergo.it)"))
                .contains("<h1>Title</h1>", "<strong>bold</strong>", "href=\"https://convergo.it\">link</a>");
    }

    @Test
    void rawHtmlIsEscaped() {
        String html = Markdown.toSafeHtml("<script>alert('x')</script>\n\n<iframe src=\"https://evil\"></iframe>\n\n"
                + "text <img src=x onerror=alert(1)> <SCRIPT>y</SCRIPT>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe")
                .doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void javascriptLinksAreDropped() {
        String html = Markdown.toSafeHtml("[x](javascript:alert(1)) [y](JAVASCRIPT:alert(2)) ![i](javascript:alert(3)) "
                + "<javascript:alert(4)> [d](data:text/html;base64,PHNjcmlwdD4=)");
        assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("src=\"javascript")
                .doesNotContainIgnoringCase("href=\"data:");
    }

    @Test
    void emptyIsEmpty() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("  ")).isEmpty();
    }

    @Test
    void onlyThePortalsOwnImagesAreShownOthersBecomeLinks() {
        String html = Markdown.toSafeHtml("![plan](/images/plan.png) ![pixel](https://tracker.example/p.gif \"t\") "
                + "![](http://tracker.example/q.gif) ![proto](//tracker.example/r.gif) "
                + "[![inner](https://tracker.example/s.gif)](https://convergo.it)");
        assertThat(html).contains("<img src=\"/images/plan.png\" alt=\"plan\" />")
                .contains("<a rel=\"nofollow\" href=\"https://tracker.example/p.gif\" title=\"t\">pixel</a>")
                .contains("<a rel=\"nofollow\" href=\"http://tracker.example/q.gif\">http://tracker.example/q.gif</a>")
                .contains("<a rel=\"nofollow\" href=\"//tracker.example/r.gif\">proto</a>")
                .contains("<a rel=\"nofollow\" href=\"https://convergo.it\">inner</a>");
        assertThat(html.split("<img", -1)).as("one image only").hasSize(2);
    }
}
