package it.convergo.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label above its value, as on a record card. */
public class Fact extends Div {

    public Fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("cv-fact-label");
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        v.addClassName("cv-fact-value");
        add(l, v);
        addClassName("cv-fact");
    }
}
