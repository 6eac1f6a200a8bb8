package it.convergo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.base.i18n.Translations;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The steps every journey repeats, in one place: one person in one language at one width signs in, opens
 * pages, and each page is photographed, checked with axe-core and checked against the defects of issue 12
 * that any page can show ({@link PageChecks}). Journeys add only what is their own.
 */
public final class Journey implements AutoCloseable {

    /** The role's landing pages axe-core has judged in this run, by width and language (a journey begins at one). */
    private static final Set<String> AXED_LANDINGS = ConcurrentHashMap.newKeySet();

    public final Browser b;
    public final Locale l;
    public final int width;
    private final Translations translations;
    private final PageChecks checks;

    public Journey(String base, int width, int height, Locale l, String name, Translations translations, PageChecks checks) {
        this.b = new Browser(base, width, height, l.getLanguage(), name + "-" + l);
        this.l = l;
        this.width = width;
        this.translations = translations;
        this.checks = checks;
    }

    public String t(String key, Object... params) {
        return translations.get(key, l, params);
    }

    /** A text in the other language of the two. */
    public String tOther(String key, Object... params) {
        return translations.get(key, italian() ? Locale.ENGLISH : Locale.ITALIAN, params);
    }

    public boolean italian() {
        return Locale.ITALIAN.getLanguage().equals(l.getLanguage());
    }

    /** A new page: screenshot, axe-core, and the checks every page must pass. */
    public void page(String name) {
        b.page(name);
        checks.everyPage(this, name);
    }

    /** Opens the address and checks it as a new page. */
    public void visit(String path, String name) {
        b.open(path);
        page(name);
    }

    /**
     * Signs in through the login form and checks that the role lands on its own page (defect 9); a user whose
     * account keeps the other language switches it in the header.
     */
    public void signIn(String email, String password, String landing) {
        b.open("login");
        b.waitFor(By.name("username")).sendKeys(email);
        b.waitFor(By.name("password")).sendKeys(password, Keys.ENTER);
        b.settle();
        b.waitFor(By.tagName("vaadin-app-layout"));
        b.waitFor(By.cssSelector("vaadin-select.cv-language"));
        try {
            // the home view forwards to the role's page in the same round trip, but a loaded machine shows the
            // address change a moment later
            b.waitUntil("return window.location.pathname.endsWith('/' + arguments[0]) || window.location.pathname.includes('/'"
                    + " + arguments[0] + '/')", landing);
        } catch (org.openqa.selenium.TimeoutException e) {
            // the assertion below says where it landed instead
        }
        assertThat(b.path()).as("the landing page of " + email).startsWith(landing);
        String language = t("language." + l.getLanguage());
        if (!b.script("return document.querySelector('vaadin-select.cv-language').innerText").toString().contains(language)) {
            b.click(b.waitFor(By.cssSelector("vaadin-select.cv-language")));
            b.click(b.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + language + "']")));
            b.waitUntil("const s = document.querySelector('vaadin-select.cv-language');"
                    + " return s != null && s.innerText.includes(arguments[0])", language);
            b.settle();
        }
        assertThat(b.text()).as("no masculine 'welcome back' greets anyone (defect 9)").doesNotContain("Bentornato");
        if (AXED_LANDINGS.add(landing + " " + width + " " + l.getLanguage())) {
            page("landing");
        } else {
            // a landing page already judged by axe-core at this width and in this language: the same markup with
            // other rows; photographed and checked for the defects any page can show, not judged again
            b.step("landing");
            checks.everyPage(this, "landing");
        }
    }

    @Override
    public void close() {
        b.close();
    }
}
