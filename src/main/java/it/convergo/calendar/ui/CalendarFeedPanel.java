package it.convergo.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.Times;
import it.convergo.base.ui.Notifications;
import it.convergo.calendar.FeedTokens;
import java.time.Instant;
import java.util.Optional;

/**
 * The user's private calendar address: made on request and shown in full only then (only its hash is kept),
 * made anew (the old one stops working) or revoked; with how to subscribe to it in the usual calendar apps.
 */
class CalendarFeedPanel extends VerticalLayout {

    private final FeedTokens tokens;

    CalendarFeedPanel(FeedTokens tokens) {
        this.tokens = tokens;
        setPadding(false);
        setId("calendar-feed");
        render(null);
    }

    /** {@code freshAddress}: the address just made, shown this once; null otherwise. */
    private void render(String freshAddress) {
        removeAll();
        add(new H2(getTranslation("calendar.feed.title")), new Paragraph(getTranslation("calendar.feed.intro")));
        Optional<Instant> active = tokens.createdAt();
        if (freshAddress != null) {
            TextField address = new TextField(getTranslation("calendar.feed.address"));
            address.setId("calendar-feed-url");
            address.setValue(freshAddress);
            address.setReadOnly(true);
            address.setWidthFull();
            add(address, new Paragraph(getTranslation("calendar.feed.once")));
        } else if (active.isPresent()) {
            add(new Paragraph(getTranslation("calendar.feed.active", Times.format(active.get(), getLocale()))));
        } else {
            add(new Paragraph(getTranslation("calendar.feed.none")));
        }
        HorizontalLayout actions = new HorizontalLayout();
        Button make = new Button(getTranslation(active.isPresent() ? "calendar.feed.renew" : "calendar.feed.create"), e -> {
            String address = tokens.renew();
            Notifications.success("calendar.feed.made");
            render(address);
        });
        make.setId("calendar-feed-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(make);
        if (active.isPresent()) {
            Button revoke = new Button(getTranslation("calendar.feed.revoke"), e -> {
                tokens.revoke();
                Notifications.success("calendar.feed.revoked");
                render(null);
            });
            revoke.setId("calendar-feed-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        add(actions, new Paragraph(getTranslation("calendar.feed.secret")),
                new Paragraph(getTranslation("calendar.feed.google")), new Paragraph(getTranslation("calendar.feed.outlook")));
    }
}
