package it.convergo.base;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.account.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages carry the same keys; keys used in code exist; views contain no hard-coded text. */
class TranslationsTest {

    private static final Path MAIN = Path.of("src/main/java");

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** English base files (feature.properties), each with its Italian twin. */
    private static List<Path> englishFiles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> !f.getFileName().toString().matches(".*_[a-z]{2}\\.properties")).sorted().toList();
        }
    }

    private static Path italianOf(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_it.properties"));
    }

    /** Every key of every bundle, in one language. */
    private static Properties all(boolean italian) throws IOException {
        Properties merged = new Properties();
        for (Path en : englishFiles()) {
            merged.putAll(load(italian ? italianOf(en) : en));
        }
        return merged;
    }

    @Test
    void italianAndEnglishHaveTheSameKeys() throws IOException {
        for (Path file : englishFiles()) {
            Set<String> en = new TreeSet<>(load(file).stringPropertyNames());
            Set<String> it = new TreeSet<>(load(italianOf(file)).stringPropertyNames());
            assertThat(difference(en, it)).as("keys of %s missing in Italian", file.getFileName()).isEmpty();
            assertThat(difference(it, en)).as("keys of %s missing in English", file.getFileName()).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (Path file : englishFiles()) {
            for (String key : load(file).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> keys = all(false).stringPropertyNames();
        Pattern call = Pattern.compile("(?:getTranslation|translate|Notifications\\.(?:success|error)|UserFacingException|"
                + "messages\\.(?:error|success)|showOutcome|new TokenPage|super)\\(\\s*\"([a-z][\\w.]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = call.matcher(Files.readString(file));
            while (m.find()) {
                // a key ending in '.' is a prefix completed at run time (enum names, language codes);
                // a plural key exists as key.one / key.other
                if (!m.group(1).endsWith(".") && !keys.contains(m.group(1)) && !keys.contains(m.group(1) + ".other")) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void enumsHaveLabelsInBothLanguages() throws IOException {
        Properties en = all(false);
        Properties italian = all(true);
        List<String> keys = new ArrayList<>();
        for (var area : TechnologyArea.values()) {
            keys.add(area.labelKey());
        }
        for (var role : Role.values()) {
            keys.add(role.labelKey());
        }
        for (var type : OrganisationType.values()) {
            keys.add(type.labelKey());
        }
        for (var region : Region.values()) {
            keys.add(region.labelKey());
        }
        for (var size : OrganisationSize.values()) {
            keys.add(size.labelKey());
        }
        for (String key : keys) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(italian.getProperty(key)).as(key).isNotBlank();
        }
    }

    /**
     * Text set straight into a component (a literal starting with a letter) must come from the bundle.
     * Brand names are the one exception.
     */
    @Test
    void viewsContainNoHardCodedText() throws IOException {
        Pattern literal = Pattern.compile("(?:new (?:Button|Span|H[1-6]|Paragraph|Anchor\\([^,]+,|Text|Label|Checkbox|"
                + "TextField|EmailField|PasswordField|TextArea|Tab|Details|Dialog)\\(|\\.set(?:Text|Label|Placeholder|"
                + "HelperText|HeaderTitle|ErrorMessage|ConfirmText|CancelText|Header|AriaLabel)\\(|Notification\\.show\\()"
                + "\\s*\"([^\"]*\\p{L}[^\"]*)\"");
        Set<String> allowed = Set.of("Convergo");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            Matcher m = literal.matcher(Files.readString(file));
            while (m.find()) {
                if (!allowed.contains(m.group(1))) {
                    found.add(file.getFileName() + ": \"" + m.group(1) + "\"");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
