package it.convergo.base.ui;

import com.vaadin.flow.component.html.Span;

/** A coloured status label that always carries its text, so colour is never the only signal. */
public class Badge extends Span {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, INFO, DECIDED, ERROR }

    public Badge(String text, Tone tone) {
        super(text);
        addClassNames("cv-badge", "cv-badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }
}
