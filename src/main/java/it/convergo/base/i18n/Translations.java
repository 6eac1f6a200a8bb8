package it.convergo.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

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
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return fill(pattern, params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key;
        }
    }

    /** Plain {0}-style placeholders; unlike MessageFormat, apostrophes in Italian need no escaping. */
    static String fill(String pattern, Object... params) {
        String text = pattern;
        for (int i = 0; i < params.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(params[i]));
        }
        return text;
    }

    public boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, ENGLISH, NO_FALLBACK).containsKey(key);
    }

    /** The supported locale closest to the requested one; English where nothing matches. */
    public static Locale supported(Locale locale) {
        return locale != null && ITALIAN.getLanguage().equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
    }

    /** English lives in the base file; never fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
