package it.convergo.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.RouteIds;
import it.convergo.network.NetworkLimits;
import it.convergo.network.exchange.Contact;
import it.convergo.network.exchange.ExchangeThread;
import it.convergo.network.exchange.ThreadMessage;
import it.convergo.network.exchange.Threads;
import jakarta.annotation.security.RolesAllowed;

/**
 * The private thread between a post's organisation and an organisation whose interest it accepted: the other
 * side's contact on top, the messages in order, a box to write. To anybody else the thread is "not found".
 */
@Route("network/exchange/thread/:interestId")
@RolesAllowed({Role.APPLICANT_NAME, Role.FIRM_MANAGER_NAME})
class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Threads threads;
    private long interestId;
    private String title = "";

    ThreadView(Threads threads) {
        this.threads = threads;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "interestId", id -> {
            interestId = id;
            render(threads.thread(id));
        });
    }

    private void render(ExchangeThread t) {
        removeAll();
        title = t.post().title();
        add(new Anchor("network/exchange/" + t.post().id(), getTranslation("exchange.thread.back")),
                new H1(getTranslation("exchange.thread.title", t.otherOrganisation())),
                new Paragraph(t.post().title()));
        Contact contact = t.interest().contact();
        Paragraph with = new Paragraph(contact == null ? getTranslation("exchange.contact.none")
                : getTranslation("exchange.contact", contact.name(), contact.email()));
        with.setId("thread-contact");
        add(with);
        if (t.interest().note() != null) {
            Paragraph note = new Paragraph(getTranslation("exchange.thread.note", t.interest().note()));
            note.getStyle().set("white-space", "pre-line");
            add(note);
        }
        Div messages = new Div();
        messages.setId("thread-messages");
        if (t.messages().isEmpty()) {
            messages.add(new Paragraph(getTranslation("exchange.thread.empty")));
        }
        for (ThreadMessage m : t.messages()) {
            Span who = new Span(m.author() + " · " + m.organisationName() + " · " + Times.format(m.at(), getLocale()));
            who.addClassName("cv-proposal-sub");
            Paragraph body = new Paragraph(m.body());
            body.getStyle().set("white-space", "pre-line");
            Div message = new Div(who, body);
            message.addClassName("cv-card");
            if (m.mine()) {
                message.getStyle().set("margin-inline-start", "min(10%, 3rem)");
            } else {
                message.getStyle().set("margin-inline-end", "min(10%, 3rem)");
            }
            messages.add(message);
        }
        TextArea text = CountedText.area(getTranslation("exchange.thread.write"), NetworkLimits.MESSAGE);
        text.setId("thread-text");
        text.setWidthFull();
        Button send = new Button(getTranslation("exchange.thread.send"));
        send.setId("thread-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                threads.write(interestId, text.getValue());
            } finally {
                send.setEnabled(true);
            }
            render(threads.thread(interestId));
        });
        add(messages, text, send);
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
