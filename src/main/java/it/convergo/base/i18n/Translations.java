package it.convergo.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Italian and English texts from {@code vaadin-i18n/translations*.properties}. Views use it through
 * {@code getTranslation}; services (mails, PDFs) call {@link #get} directly.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(ITALIAN, ENGLISH);
    /** Each feature keeps its texts in its own bundle, vaadin-i18n/<feature>.properties (+ _it). */
    static final String FOLDER = "vaadin-i18n";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final List<String> bundles = discoverBundles();

    /** Base names of every bundle on the class path: the files without a language suffix. */
    static List<String> discoverBundles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "/*.properties");
            return Arrays.stream(files).map(Resource::getFilename).filter(n -> n != null && !n.matches(".*_[a-z]{2}\\.properties"))
                    .map(n -> FOLDER + "." + n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(key, locale, params);
    }

    public String get(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String bundle : bundles) {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, effective, NO_FALLBACK);
            if (texts.containsKey(key)) {
                return fill(texts.getString(key), effective, params);
            }
            String plural = key + TextRules.suffix(params);
            if (texts.containsKey(plural)) {
                return fill(texts.getString(plural), effective, params);
            }
        }
        log.warn("Missing translation {} for {}", key, effective);
        return "!" + key;
    }

    /**
     * Plain {0}-style placeholders; unlike MessageFormat, apostrophes in Italian need no escaping. Decimal
     * numbers take the locale's separator ("4,5" in Italian); whole numbers stay as they are (years, ids).
     */
    static String fill(String pattern, Locale locale, Object... params) {
        String text = pattern;
        for (int i = 0; i < params.length; i++) {
            text = text.replace("{" + i + "}", TextRules.format(params[i], locale));
        }
        return TextRules.elide(text, locale);
    }

    /** The supported locale closest to the requested one; English where nothing matches. */
    public static Locale supported(Locale locale) {
        return locale != null && ITALIAN.getLanguage().equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
    }

    /** English lives in the base file; never fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
