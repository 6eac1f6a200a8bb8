package it.convergo.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VatNumbersTest {

    @Test
    void acceptsValidPartitaIvaWithSpacesAndPrefix() {
        assertThat(VatNumbers.problem("IT", "02145670127")).isNull();
        assertThat(VatNumbers.problem("IT", "IT 021 456 701 27")).isNull();
        assertThat(VatNumbers.normalise("IT", "IT02145670127")).isEqualTo("02145670127");
    }

    @Test
    void refusesWrongCheckDigitLengthAndLetters() {
        assertThat(VatNumbers.problem("IT", "02145670128")).isEqualTo("vat.error.itCheckDigit");
        assertThat(VatNumbers.problem("IT", "0214567012")).isEqualTo("vat.error.itFormat");
        assertThat(VatNumbers.problem("IT", "0214567012A")).isEqualTo("vat.error.itFormat");
        assertThat(VatNumbers.problem("IT", "")).isEqualTo("vat.error.required");
        assertThat(VatNumbers.problem("IT", "00000000000")).isEqualTo("vat.error.itCheckDigit");
    }

    @Test
    void foreignNumbersAreCheckedForShapeOnly() {
        assertThat(VatNumbers.problem("DE", "DE123456789")).isNull();
        assertThat(VatNumbers.problem("FR", "12/34")).isEqualTo("vat.error.foreignFormat");
    }

    @Test
    void passwordPolicy() {
        assertThat(PasswordPolicy.problem("short1", "a@b.it")).isEqualTo("password.error.short");
        assertThat(PasswordPolicy.problem("onlyletterslong", "a@b.it")).isEqualTo("password.error.mix");
        assertThat(PasswordPolicy.problem("password123", "a@b.it")).isEqualTo("password.error.common");
        assertThat(PasswordPolicy.problem("mario.rossi2026", "mario.rossi@b.it")).isEqualTo("password.error.email");
        assertThat(PasswordPolicy.problem("Trattore-verde-42", "mario.rossi@b.it")).isNull();
        assertThat(PasswordPolicy.problem("password12345", "a@b.it")).isEqualTo("password.error.guessable");
        assertThat(PasswordPolicy.problem("girasole98765", "a@b.it")).isEqualTo("password.error.guessable");
        assertThat(PasswordPolicy.problem("benvenuto2026", "a@b.it")).isEqualTo("password.error.guessable");
        assertThat(PasswordPolicy.problem("girasole1970", "a@b.it")).isNull();
    }
}
