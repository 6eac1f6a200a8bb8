package it.convergo.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.account.Consents;
import it.convergo.base.ui.Notifications;

/**
 * The profile's e-mail consents: one box per optional kind of mail, saved when it changes, each change a new
 * record; the box's label is the very text whose hash the record keeps.
 */
class ConsentSection extends Div {

    ConsentSection(Consents consents) {
        add(new H2(getTranslation("consent.profile.title")), new Paragraph(getTranslation("consent.profile.intro")));
        consents.mine().forEach((purpose, given) -> {
            Checkbox box = new Checkbox(getTranslation(purpose.textKey()), given);
            box.setId("consent-" + purpose.name());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    consents.changeMine(purpose, e.getValue());
                    Notifications.success(e.getValue() ? "consent.profile.given" : "consent.profile.withdrawn");
                }
            });
            add(box);
        });
    }
}
