package it.convergo.challenge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import it.convergo.base.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** Small conversions and fields the challenge views share. */
final class ChallengeViewsSupport {

    private ChallengeViewsSupport() {
    }

    /** A Europe/Rome wall-clock time as an instant (DST gaps move forward, as the service does). */
    static @Nullable Instant rome(@Nullable LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(Times.ROME).toInstant();
    }

    /** A date and time picker in the reader's locale, saying that times are Italian time. */
    static DateTimePicker romeDateTime(String labelKey) {
        UI ui = UI.getCurrent();
        DateTimePicker picker = new DateTimePicker(ui.getTranslation(labelKey));
        picker.setHelperText(ui.getTranslation("challenge.editor.romeTime"));
        picker.setLocale(ui.getLocale());
        return picker;
    }
}
