package it.convergo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.base.i18n.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * What every browser suite does around its journeys: skip when Chromium is missing, open one browser per journey,
 * count the pages checked, fail on serious or critical axe-core findings and collect the minor ones for the report.
 */
public final class BrowserSuite {

    public final PageChecks checks = new PageChecks();
    private final String title;
    private final List<String> minor = new ArrayList<>();
    private long started;
    private int pages;

    public BrowserSuite(String title) {
        this.title = title;
    }

    /** From the class's {@code @BeforeAll}: skips it without Chromium and chromedriver, starts the clock. */
    public void start() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver (Debian packages) are not installed");
        started = System.nanoTime();
    }

    /** From the class's {@code @AfterAll}: pages, time and the minor findings. */
    public void report() {
        System.out.printf("%s: %d pages checked with axe-core in %d s; minor/moderate findings: %d%n", title, pages,
                (System.nanoTime() - started) / 1_000_000_000L, minor.size());
        minor.forEach(m -> System.out.println("  axe " + m));
    }

    /** One journey of one person on the portal at this port: the browser, its steps, the axe-core verdict. */
    public void journey(int port, int width, int height, Locale l, String name, Translations translations, Steps steps)
            throws Exception {
        try (Journey j = new Journey("http://localhost:" + port + "/", width, height, l, name, translations, checks)) {
            steps.run(j);
            pages += j.b.pagesChecked;
            minor.addAll(j.b.minorViolations());
            assertThat(j.b.blockingViolations()).as("serious or critical WCAG 2.1 A/AA violations").isEmpty();
        }
    }

    @FunctionalInterface
    public interface Steps {
        void run(Journey j) throws Exception;
    }
}
