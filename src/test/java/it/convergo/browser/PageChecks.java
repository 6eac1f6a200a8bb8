package it.convergo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The checks of issue 12's ten defects, as a person would see them in the browser. Which check covers which
 * defect (the journeys call the page-specific ones at the page the defect was seen on):
 * <ol>
 *   <li>ranking and progress board readable at 1280 px: {@link #cellsShowEverything} — no cell cut (its content
 *       is not wider than the cell) and no grid scrolled sideways at desktop width;</li>
 *   <li>the conflict declaration says who applied and asks before "no conflict": journey (c);</li>
 *   <li>one language: {@link #everyPage} — no raw key, enum name or process id, no text of the other bundle, no
 *       Vaadin default text (upload, multi-select announcements) in Italian, Italian plurals, elision and
 *       decimal commas;</li>
 *   <li>registration reports every error at once, marks required fields and refuses a common password:
 *       journey (a), {@link #everyErrorAtOnce};</li>
 *   <li>the submitted proposal page shows what was sent: journey (a), the receipt page;</li>
 *   <li>390 px: {@link #everyPage} (nothing wider than the screen) and the cards of My proposals and the
 *       evaluator's inbox, journeys (c) and (d);</li>
 *   <li>no development pop-up or toolbar: {@link #everyPage};</li>
 *   <li>dates agree with states: {@link #countdownInDays} on an open challenge, {@link #noCountdownIn} for a
 *       decided proposal;</li>
 *   <li>each role lands on its own page, no "Bentornato": {@link Journey#signIn};</li>
 *   <li>PDF reports: {@link #reportReadsWell} — header words whole, "n / N" footers that count the file.</li>
 * </ol>
 */
public final class PageChecks {

    private static final Pattern KEY_LIKE = Pattern.compile("!?[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]{2,})+\\b");
    private static final Pattern PROCESS_ID = Pattern.compile("\\b(proposal|challenge):\\d+\\b");
    /** "1 sfide", "1 pagine": Italian plural after one. */
    private static final Pattern ITALIAN_ONE_PLURAL = Pattern.compile(
            "(?<![\\d,.])1 (sfide|pagine|proposte|valutatori|giorni|organizzazioni|utenti|inviti|messaggi|account bloccati|file)\\b");
    /** "il 8 dic", "il 11": Italian elides the article before a vowel sound. */
    private static final Pattern ITALIAN_NO_ELISION = Pattern.compile("\\b[Ii]l (8|11)\\b");
    /** "4.5", "+0.25" in an Italian page: decimals take a comma. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\w.:/-])[+-]?\\d{1,3}\\.\\d{1,2}(?![\\w.])");
    /** Vaadin's own English texts that must not reach an Italian page (upload, multi-select announcements). */
    private static final List<String> VAADIN_ENGLISH = List.of("Upload File", "Drop file", "added to selection",
            "items selected", "Selection cleared", "removed from selection");

    private final Set<String> keys = new HashSet<>();
    private final Map<String, Set<String>> foreign = new HashMap<>();

    public PageChecks() {
        Map<String, Properties> english = new HashMap<>();
        Map<String, Properties> italian = new HashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:vaadin-i18n/*.properties")) {
                String name = r.getFilename();
                Properties p = new Properties();
                try (InputStream in = r.getInputStream()) {
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                (name.endsWith("_it.properties") ? italian : english).put(name.replace("_it.properties", ".properties"), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties allEnglish = new Properties();
        Properties allItalian = new Properties();
        english.values().forEach(allEnglish::putAll);
        italian.values().forEach(allItalian::putAll);
        allEnglish.stringPropertyNames().forEach(k -> keys.add(k.replaceAll("\\.(one|other)$", "")));
        allEnglish.stringPropertyNames().forEach(keys::add);
        foreign.put("it", distinctive(allEnglish, allItalian));
        foreign.put("en", distinctive(allItalian, allEnglish));
    }

    /**
     * The literal pieces (placeholders removed) of the other language's texts that are long enough to be
     * recognised and appear nowhere in this language's texts: seeing one on a page means a text of the other
     * language.
     */
    private static Set<String> distinctive(Properties other, Properties own) {
        String ownText = String.join("\n", own.stringPropertyNames().stream().map(own::getProperty).toList());
        Set<String> pieces = new HashSet<>();
        for (String key : other.stringPropertyNames()) {
            if (key.startsWith("mail.") || key.contains(".mail.") || key.startsWith("language.")) {
                continue; // mails are not pages; the language switch names each language in its own
            }
            for (String piece : other.getProperty(key).split("\\{\\d+}|\\n")) {
                String p = piece.strip();
                if (p.length() >= 16 && !ownText.contains(p) && !p.equals(own.getProperty(key, "").strip())) {
                    pieces.add(p);
                }
            }
        }
        return pieces;
    }

    /** What every page must pass, in either language and at either width (defects 3, 6, 7). */
    public void everyPage(Journey j, String name) {
        Browser b = j.b;
        String where = name + " (" + b.path() + ", " + j.l + ", " + j.width + " px)";
        assertThat(b.script("return document.querySelector('vaadin-dev-tools, vaadin-devmode-gizmo') === null"))
                .as("no development toolbar or pop-up on " + where).isEqualTo(true);
        String text = b.text();
        Matcher m = KEY_LIKE.matcher(text);
        while (m.find()) {
            String token = m.group();
            assertThat(token.startsWith("!") || keys.contains(token)).as("raw translation key «" + token + "» on " + where).isFalse();
        }
        assertThat(ENUM_NAME.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as("enum names on " + where).isEmpty();
        assertThat(PROCESS_ID.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as("process ids on " + where).isEmpty();
        assertThat(foreign.get(j.l.getLanguage()).stream().filter(text::contains).toList())
                .as("texts of the other language on " + where).isEmpty();
        if (j.italian()) {
            assertThat(VAADIN_ENGLISH.stream().filter(text::contains).toList()).as("Vaadin's English texts on " + where).isEmpty();
            assertThat(ITALIAN_ONE_PLURAL.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as("plural after 1 on " + where).isEmpty();
            assertThat(ITALIAN_NO_ELISION.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as("'il 8' on " + where).isEmpty();
            assertThat(DECIMAL_POINT.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as("decimal points on " + where).isEmpty();
        }
        if (j.width < 640) {
            assertThat(b.script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("nothing wider than the phone's screen on " + where).isEqualTo(true);
        }
    }

    /**
     * Defect 1: every cell of the grid shows all it holds (its content is no wider than the cell: wrapped, not
     * cut), and at desktop width the grid does not hide columns behind a sideways scroll.
     */
    public void cellsShowEverything(Journey j, String gridId) {
        Object cut = j.b.script("""
                const grid = document.getElementById(arguments[0]);
                if (!grid) return ['no grid ' + arguments[0]];
                return [...grid.querySelectorAll('vaadin-grid-cell-content')]
                  .filter(c => c.textContent.trim() && c.scrollWidth > c.clientWidth + 1)
                  .map(c => c.textContent.trim().replace(/\\s+/g, ' ') + ' (' + c.scrollWidth + ' > ' + c.clientWidth + ')');
                """, gridId);
        assertThat((List<?>) cut).as("cells of " + gridId + " cut at " + j.width + " px").isEmpty();
        if (j.width >= 1280) {
            assertThat(j.b.script("const t = document.getElementById(arguments[0]).$.table;"
                    + " return t.scrollWidth <= t.clientWidth + 1", gridId))
                    .as(gridId + " shows every column without scrolling sideways at " + j.width + " px").isEqualTo(true);
        }
    }

    /** Defect 4: an empty submit marks every missing required field at once. */
    public void everyErrorAtOnce(Journey j, int atLeast) {
        Object invalid = j.b.script("return document.querySelectorAll('[invalid]').length");
        assertThat(((Number) invalid).intValue()).as("fields marked invalid after one empty submit").isGreaterThanOrEqualTo(atLeast);
    }

    /** Defect 8: a long time left is told in days and does not tick. */
    public void countdownInDays(Journey j, String countdownId) throws InterruptedException {
        String read = "return document.getElementById(arguments[0]).textContent.trim()";
        j.b.waitFor(org.openqa.selenium.By.id(countdownId));
        String first = (String) j.b.script(read, countdownId);
        Thread.sleep(1500);
        String later = (String) j.b.script(read, countdownId);
        assertThat(later).as("the countdown does not tick").isEqualTo(first);
        assertThat(first).as("a long time left in days only").matches("\\d+ (days|giorni)");
    }

    /** Defect 8: no "time left" in the row of the given text (a decided proposal has no deadline ahead). */
    public void noCountdownIn(Journey j, String rowText) {
        Object countdowns = j.b.script("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.includes(arguments[0]));
                if (!cell) return -1;
                const row = cell.assignedSlot.closest('tr');
                return [...row.querySelectorAll('slot')].flatMap(s => s.assignedElements())
                  .filter(c => c.querySelector('.cv-countdown, .cv-countdown-urgent')).length;
                """, rowText);
        assertThat(((Number) countdowns).intValue()).as("countdowns in the row of " + rowText).isZero();
    }

    /** Defect 10: header words whole, each page's footer says "n / N" of the whole file. */
    public void reportReadsWell(Journey j, byte[] pdf, List<String> headerKeys) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("footer of page " + p).contains(p + " / " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String text = stripper.getText(doc);
            // the report's language is the account's, which may differ from the page's (seen: an English page of an
            // Italian account downloads an Italian report); defect 10 is about the words being whole in either
            headerKeys.forEach(k -> assertThat(text.contains(j.t(k)) || text.contains(j.tOther(k)))
                    .as("the header word %s / %s kept whole", j.t(k), j.tOther(k)).isTrue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
