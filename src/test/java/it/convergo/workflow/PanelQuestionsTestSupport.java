package it.convergo.workflow;

import it.convergo.base.Times;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The deadline as the e-mails write it (one text for both languages). */
final class PanelQuestionsTestSupport {

    private PanelQuestionsTestSupport() {
    }

    static String mailTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH).withZone(Times.ROME).format(instant);
    }
}
