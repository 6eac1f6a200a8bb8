package it.convergo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * One row of a list as a card on a narrow screen ({@link PhoneCards}): what it is on top, then a line of short
 * facts side by side (state, date), then whatever else the row shows.
 */
public class RowCard extends Div {

    public RowCard(Component... head) {
        super(head);
        addClassName("cv-proposal-card");
    }

    /** Short facts side by side, wrapping when the screen is too narrow for them. */
    public RowCard line(Component... facts) {
        Div line = new Div(facts);
        line.addClassName("cv-proposal-card-line");
        add(line);
        return this;
    }

    /** More of the row below the line. */
    public RowCard then(Component... more) {
        add(more);
        return this;
    }
}
