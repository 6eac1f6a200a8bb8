package it.convergo.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Plurals, decimals and Italian elision in the portal's own sentences, in both languages. */
class TextRulesTest {

    private final Translations t = new Translations();

    @Test
    void pluralVariantIsChosenByTheCount() {
        assertThat(t.get("challenge.catalogue.count", Locale.ITALIAN, 1)).isEqualTo("1 sfida");
        assertThat(t.get("challenge.catalogue.count", Locale.ITALIAN, 3)).isEqualTo("3 sfide");
        assertThat(t.get("challenge.catalogue.count", Locale.ITALIAN, 0)).isEqualTo("0 sfide");
        assertThat(t.get("challenge.catalogue.count", Locale.ENGLISH, 1)).isEqualTo("1 challenge");
        assertThat(t.get("proposal.files.facts", Locale.ITALIAN, 1, "12 KB")).isEqualTo("1 pagina · 12 KB");
        assertThat(t.get("proposal.files.facts", Locale.ITALIAN, 4, "12 KB")).isEqualTo("4 pagine · 12 KB");
        assertThat(t.get("challenge.detail.brief", Locale.ITALIAN, "bando.pdf", 1, 80))
                .isEqualTo("Scarica il bando: bando.pdf (1 pagina, 80 KB)");
    }

    @Test
    void decimalsFollowTheLocaleAndWholeNumbersStayPlain() {
        assertThat(TextRules.format(new BigDecimal("4.5"), Locale.ITALIAN)).isEqualTo("4,5");
        assertThat(TextRules.format(new BigDecimal("4.5"), Locale.ENGLISH)).isEqualTo("4.5");
        assertThat(TextRules.format(new BigDecimal("10").stripTrailingZeros(), Locale.ITALIAN)).isEqualTo("10");
        assertThat(TextRules.format(2026, Locale.ITALIAN)).isEqualTo("2026");
        assertThat(t.get("challenge.detail.overall", Locale.ITALIAN, new BigDecimal("17.5"), new BigDecimal("30"), 3))
                .startsWith("Una proposta deve ottenere almeno 17,5 su 30");
    }

    @Test
    void italianArticleIsElidedBeforeNumbersThatStartWithAVowelSound() {
        assertThat(t.get("challenge.catalogue.opensOn", Locale.ITALIAN, "8 dic 2026")).isEqualTo("Apre l'8 dic 2026");
        assertThat(t.get("challenge.catalogue.opensOn", Locale.ITALIAN, "11 gen 2027")).isEqualTo("Apre l'11 gen 2027");
        assertThat(t.get("challenge.catalogue.opensOn", Locale.ITALIAN, "1 feb 2027")).isEqualTo("Apre l'1 feb 2027");
        assertThat(t.get("challenge.catalogue.opensOn", Locale.ITALIAN, "18 dic 2026")).isEqualTo("Apre il 18 dic 2026");
        assertThat(t.get("challenge.publish.text", Locale.ITALIAN, "8 dic 2026", "1 gen 2027"))
                .contains("Si apre l'8 dic 2026 e si chiude l'1 gen 2027");
        assertThat(t.get("proposal.read.reopenHint", Locale.ITALIAN, "8 dic 2026")).startsWith("Fino all'8 dic 2026");
        assertThat(t.get("challenge.catalogue.opensOn", Locale.ENGLISH, "8 Dec 2026")).isEqualTo("Opens 8 Dec 2026");
    }
}
