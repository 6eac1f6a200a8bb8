package it.convergo.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven the way a person uses the portal: find fields by their visible label and
 * buttons by their text, wait until Vaadin has answered, take a screenshot of every step and check every page
 * with axe-core against WCAG 2.1 A/AA.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/browser-screenshots");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String base;
    private final String prefix;
    private final List<String> blocking = new ArrayList<>();
    private final List<String> minor = new ArrayList<>();
    private int step;
    public int pagesChecked;

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public Browser(String base, int width, int height, String language, String prefix) {
        this.base = base;
        this.prefix = prefix + "-" + width;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=" + language, "--hide-scrollbars");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // the viewport itself, not the window around it
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public void open(String path) {
        driver.get(base + path);
        settle();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Waits until the Vaadin client has no request in flight (and at least one page is bootstrapped). */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients || Object.keys(clients).length === 0) return document.readyState === 'complete';
                return Object.values(clients).every(c => !c.isActive || !c.isActive());
                """));
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits until the page shows the text (shadow DOM excluded, as people read the slotted text). */
    public void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "text «" + text + "» on " + path())
                .until(d -> text().contains(text));
    }

    /** Waits until the script returns true. */
    public void waitUntil(String script, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> script)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, args)));
    }

    public String text() {
        return (String) driver.executeScript("return document.body.innerText");
    }

    /** The input of the field whose visible label is the given text. */
    public WebElement field(String label) {
        return waitFor(By.xpath("//*[starts-with(local-name(),'vaadin-')][./label[normalize-space(.)=" + literal(label)
                + "]]//*[self::input or self::textarea]"));
    }

    public void type(String label, String value) {
        WebElement input = field(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        input.sendKeys(Keys.TAB);
        settle();
    }

    /** A combo box: types the option's visible text and takes the first match. */
    public void choose(String label, String option) {
        WebElement input = field(label);
        click(input);
        input.sendKeys(option);
        click(waitFor(By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item][normalize-space(.)="
                + literal(option) + "]")));
        input.sendKeys(Keys.ESCAPE);
        settle();
    }

    /** A select: opens it and clicks the item with the visible text. */
    public void select(String label, String option) {
        WebElement select = waitFor(By.xpath("//vaadin-select[./label[normalize-space(.)=" + literal(label) + "]]"));
        By item = By.xpath("//vaadin-select-item[normalize-space(.)=" + literal(option) + "]");
        // every select keeps its items in the page: take the one of the list that is open
        click(openList(select, d -> d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        settle();
    }

    /**
     * Opens a select and waits for what {@code shown} finds in its list. On a loaded machine a click can land while
     * the page is still busy and open nothing; a person would click again, and so does this (at most every 3 s).
     */
    private <T> T openList(WebElement select, Function<WebDriver, T> shown) {
        long[] lastClick = {0};
        return new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .withMessage(() -> "the list of " + select.getText()).until(d -> {
                    boolean open = Boolean.TRUE.equals(driver.executeScript("return arguments[0].opened === true", select));
                    if (!open && System.nanoTime() - lastClick[0] > 3_000_000_000L) {
                        click(select);
                        lastClick[0] = System.nanoTime();
                    }
                    return open ? shown.apply(d) : null;
                });
    }

    public void check(String label) {
        click(waitFor(By.xpath("//vaadin-checkbox[./label[normalize-space(.)=" + literal(label) + "]]//input")));
        settle();
    }

    public void radio(String label) {
        click(waitFor(By.xpath("//vaadin-radio-button[./label[normalize-space(.)=" + literal(label) + "]]//input")));
        settle();
    }

    public void press(String buttonText) {
        click(waitFor(By.xpath("//vaadin-button[normalize-space(.)=" + literal(buttonText) + "]")));
        settle();
    }

    /** A button of an open dialog (confirm dialogs render their buttons in an overlay). */
    public void confirm(String buttonText) {
        click(waitFor(By.xpath("//*[contains(local-name(),'dialog')]//vaadin-button[normalize-space(.)=" + literal(buttonText)
                + "] | //vaadin-confirm-dialog-overlay//vaadin-button[normalize-space(.)=" + literal(buttonText) + "]")));
        settle();
    }

    public void follow(String linkText) {
        click(waitFor(By.xpath("//a[normalize-space(.)=" + literal(linkText) + " or .//*[normalize-space(.)="
                + literal(linkText) + "]]")));
        settle();
    }

    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.WebDriverException e) {
            driver.executeScript("arguments[0].click()", element);
        }
    }

    /** Gives a file to the upload with the given id, as a person choosing it in the file dialog. */
    public void upload(String uploadId, Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        WebElement input = (WebElement) driver.executeScript("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));
                """, upload);
        input.sendKeys(file.toAbsolutePath().toString());
        settle();
    }

    /** Number of files listed in the upload component (a refused file must not stay there). */
    public long listedFiles(String uploadId) {
        return (Long) driver.executeScript("return arguments[0].files.length", waitFor(By.id(uploadId)));
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** A screenshot of a step on a page already checked. */
    public void step(String name) {
        settle();
        shot(name);
    }

    /** A screenshot of a new page, then the axe-core check of the page as it is now. */
    public void page(String name) {
        step(name);
        axe(name);
    }

    /** Clicks the tab with the visible text. */
    public void tab(String text) {
        click(waitFor(By.xpath("//vaadin-tab[normalize-space(.)=" + literal(text) + "]")));
        settle();
    }

    /** Sets a date-time picker (ISO local date-time) as the browser's own picker would. */
    public void dateTime(String label, java.time.LocalDateTime value) {
        WebElement picker = waitFor(By.xpath("//vaadin-date-time-picker[./label[normalize-space(.)=" + literal(label) + "]]"));
        driver.executeScript("""
                const p = arguments[0];
                p.value = arguments[1];
                p.dispatchEvent(new CustomEvent('change', {bubbles: true}));
                """, picker, value.withSecond(0).withNano(0).toString());
        settle();
    }

    /** Gives every select on the page (score sheets) the item at the given position of its list. */
    public void selectAll(int position) {
        pick(driver.findElements(By.tagName("vaadin-select")), position);
    }

    /** Picks the option at this position in every select inside the element found by {@code scope}. */
    public void selectAllIn(By scope, int position) {
        pick(waitFor(scope).findElements(By.tagName("vaadin-select")), position);
    }

    private void pick(List<WebElement> selects, int position) {
        for (WebElement select : selects) {
            List<WebElement> items = openList(select, d -> {
                List<WebElement> visible = d.findElements(By.tagName("vaadin-select-item")).stream()
                        .filter(WebElement::isDisplayed).toList();
                return visible.isEmpty() ? null : visible;
            });
            click(items.get(Math.min(position, items.size() - 1)));
            settle();
        }
    }

    /** Types into every text area on the page. */
    public void typeInAllTextAreas(String text) {
        for (WebElement area : driver.findElements(By.cssSelector("vaadin-text-area textarea"))) {
            if (area.isEnabled()) {
                area.sendKeys(text, Keys.TAB);
            }
        }
        settle();
    }

    /** The first cell of each body row of the page's grid, in order. */
    @SuppressWarnings("unchecked")
    public List<WebElement> rows() {
        WebElement grid = waitFor(By.tagName("vaadin-grid"));
        settle();
        return (List<WebElement>) driver.executeScript("""
                return [...arguments[0].shadowRoot.querySelectorAll('tbody#items tr')]
                  .filter(r => !r.hidden && r.querySelector('td slot'))
                  .map(r => r.querySelector('td slot').assignedElements()[0]).filter(c => c && c.textContent.trim());
                """, grid);
    }

    /** Clicks the grid cell showing the text (grids open the row's page). */
    public void clickCell(String text) {
        click(waitFor(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.)," + literal(text) + ")]")));
        settle();
    }

    /** Fetches a link's target with the page's session and returns its first bytes as text. */
    public String fetchStart(WebElement anchor) {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, {credentials: 'same-origin'}).then(r => r.arrayBuffer())
                  .then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 5))))).catch(e => done('ERROR ' + e));
                """, anchor);
    }

    /** Fetches a link's target with the page's session, whole. */
    public byte[] fetchBytes(WebElement anchor) {
        String base64 = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, {credentials: 'same-origin'}).then(r => r.blob()).then(b => {
                  const reader = new FileReader();
                  reader.onload = () => done(reader.result.substring(reader.result.indexOf(',') + 1));
                  reader.readAsDataURL(b);
                }).catch(e => done(''));
                """, anchor);
        return java.util.Base64.getDecoder().decode(base64);
    }

    /** The link of the grid row that shows the text (a row's cells are separate elements). */
    public WebElement linkInRow(String rowText, String href) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "link " + href + " in the row of " + rowText)
                .until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.includes(arguments[0]));
                if (!cell || !cell.assignedSlot) return null;
                return [...cell.assignedSlot.closest('tr').querySelectorAll('slot')].flatMap(s => s.assignedElements())
                  .map(c => c.querySelector('a[href^="' + arguments[1] + '"]')).find(a => a) || null;
                """, rowText, href));
    }

    public void shot(String name) {
        try {
            Files.createDirectories(SHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void axe(String name) {
        // a toast that began to fade out while axe was reading the page has half-transparent text: read it again.
        // Whether a toast was there is asked before and after each reading: it may go while axe reads.
        boolean toast = toastShown();
        Results results = analyzeAtRest();
        for (int retry = 0; retry < 3 && contrastFinding(results) && (toast || toastShown()); retry++) {
            toast = toastShown();
            results = analyzeAtRest();
        }
        if (contrastFinding(results) && (toast || toastShown())) {
            // still fading: judge the page once the toasts have gone (their text was checked at rest elsewhere)
            waitUntil("return document.querySelector('vaadin-notification-card') === null");
            results = analyzeAtRest();
        }
        pagesChecked++;
        for (Rule rule : results.getViolations()) {
            String line = prefix + " " + name + " (" + path() + "): " + rule.getImpact() + " " + rule.getId() + " — "
                    + rule.getHelp() + " " + rule.getNodes().stream().limit(3)
                    .map(n -> n.getTarget() + " " + String.valueOf(n.getFailureSummary()).replace('\n', ' ')).toList();
            boolean blocks = BLOCKING.contains(rule.getImpact()) && !insideVaadinTabs(rule) && !requiredVaadinSelect(rule);
            (blocks ? blocking : minor).add(line);
        }
    }

    private static boolean contrastFinding(Results results) {
        return results.getViolations().stream().anyMatch(rule -> "color-contrast".equals(rule.getId()));
    }

    private boolean toastShown() {
        return Boolean.TRUE.equals(script("return document.querySelector('vaadin-notification-card') !== null"));
    }

    private Results analyzeAtRest() {
        // a notification still fading in has half-transparent text: judge the page at rest
        waitUntil("""
                return document.getAnimations().every(a => a.playState !== 'running')
                  && [...document.querySelectorAll('vaadin-notification-card')].every(c => !c.hasAttribute('opening')
                       && !c.hasAttribute('closing') && c.getAnimations({subtree: true}).every(a => a.playState !== 'running')
                       && [c, ...c.shadowRoot.querySelectorAll('[part]')].every(e => getComputedStyle(e).opacity === '1'));
                """);
        return new AxeBuilder().withTags(WCAG).analyze(driver);
    }

    /**
     * Vaadin's own tabs (TabSheet) keep a focusable scroll container inside the tab list's shadow DOM, which
     * axe reports as a child the tablist role does not allow. It is the component's markup, not the portal's;
     * it is reported among the other findings, and only that exact finding is let through.
     */
    private static boolean insideVaadinTabs(Rule rule) {
        return "aria-required-children".equals(rule.getId()) && rule.getNodes().stream()
                .allMatch(n -> String.valueOf(n.getTarget()).equals("[vaadin-tabs]")
                        && String.valueOf(n.getFailureSummary()).contains("div[tabindex]"));
    }

    /**
     * Vaadin's Select marks its inner value button (role button) aria-required when the field is required; axe
     * does not allow that attribute on a button. The field itself is labelled and marked required; only that
     * exact finding of the component's markup is let through, and it is still reported.
     */
    private static boolean requiredVaadinSelect(Rule rule) {
        return "aria-allowed-attr".equals(rule.getId()) && rule.getNodes().stream()
                .allMatch(n -> String.valueOf(n.getTarget()).contains("vaadin-select-value-button[aria-required")
                        && String.valueOf(n.getFailureSummary()).contains("aria-required"));
    }

    public List<String> blockingViolations() {
        return blocking;
    }

    public List<String> minorViolations() {
        return minor;
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
