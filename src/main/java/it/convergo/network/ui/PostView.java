package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.base.Times;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.network.NetworkLimits;
import it.convergo.network.exchange.Board;
import it.convergo.network.exchange.Contact;
import it.convergo.network.exchange.InterestStatus;
import it.convergo.network.exchange.InterestView;
import it.convergo.network.exchange.Interests;
import it.convergo.network.exchange.MyPosts;
import it.convergo.network.exchange.PostCard;
import it.convergo.network.exchange.PostDetail;
import it.convergo.network.exchange.PostStatus;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * A need or offer: what it is and until when; for another organisation's member the button to express interest
 * and, once accepted, the owner's contact and the thread; for the owner's organisation the interests received with
 * accept and decline, and edit, renew and close.
 */
@Route("network/exchange/:postId")
@PermitAll
class PostView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Board board;
    private final Interests interests;
    private final MyPosts myPosts;
    private long postId;
    private String title = "";

    PostView(Board board, Interests interests, MyPosts myPosts) {
        this.board = board;
        this.interests = interests;
        this.myPosts = myPosts;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "postId", id -> {
            postId = id;
            render(board.post(id));
        });
    }

    private void render(PostDetail d) {
        removeAll();
        PostCard p = d.card();
        title = p.title();
        add(new Anchor("network/exchange", getTranslation("exchange.post.back")), new H1(p.title()));
        Div badges = new Div(ExchangeUi.kind(this, p.kind()), ExchangeUi.status(this, p.status()));
        badges.addClassName("cv-badges");
        Div facts = new Div(new Fact(getTranslation("exchange.post.organisation"), p.organisationName()),
                new Fact(getTranslation("exchange.board.arrangement"), getTranslation(p.arrangement().labelKey())),
                new Fact(getTranslation("network.directory.area"), getTranslation(p.area().labelKey())),
                new Fact(getTranslation("network.field.TRL"), p.trl() == null ? null : p.trl().toString()),
                new Fact(getTranslation("exchange.board.expires"), Times.format(p.expiresAt(), getLocale())));
        facts.setId("exchange-facts");
        facts.addClassName("cv-facts");
        Paragraph summary = new Paragraph(p.summary());
        summary.setId("exchange-summary");
        summary.getStyle().set("white-space", "pre-line");
        add(badges, facts, summary);
        if (d.own()) {
            add(ownerActions(p), received(d));
        } else if (d.mayExpressInterest()) {
            add(expressInterest());
        } else if (d.myInterest() != null) {
            add(ourInterest(d.myInterest(), d.ownerContact()));
        }
    }

    private Component ownerActions(PostCard p) {
        Div actions = new Div();
        actions.addClassName("cv-hero-actions");
        if (p.status() != PostStatus.CLOSED) {
            Anchor edit = new Anchor("network/exchange/edit/" + p.id(), getTranslation("exchange.post.edit"));
            edit.setId("exchange-edit");
            edit.addClassNames("cv-button", "cv-button-secondary");
            Button renew = new Button(getTranslation("exchange.post.renew"), e -> Confirm.of("exchange.post.renew",
                    getTranslation("exchange.post.renew.confirm", NetworkLimits.POST_DAYS_DEFAULT)).then(() -> {
                        myPosts.renew(postId);
                        Notifications.success("exchange.post.renewed");
                        render(board.post(postId));
                    }));
            renew.setId("exchange-renew");
            Button close = new Button(getTranslation("exchange.post.close"), e -> Confirm.of("exchange.post.close",
                    getTranslation("exchange.post.close.confirm")).dangerous().then(() -> {
                        myPosts.close(postId);
                        Notifications.success("exchange.post.closed");
                        render(board.post(postId));
                    }));
            close.setId("exchange-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(edit, renew, close);
        }
        return actions;
    }

    private Component received(PostDetail d) {
        Div section = new Div(new H2(getTranslation("exchange.post.received")));
        section.setId("exchange-received");
        if (d.interests().isEmpty()) {
            section.add(new Paragraph(getTranslation("exchange.post.noInterest")));
        }
        for (InterestView i : d.interests()) {
            Div card = new Div(new Span(i.organisationName()), ExchangeUi.interest(this, i.status()),
                    new Span(Times.format(i.createdAt(), getLocale())));
            card.addClassName("cv-card");
            card.setId("interest-" + i.id());
            if (i.note() != null) {
                Paragraph note = new Paragraph(i.note());
                note.getStyle().set("white-space", "pre-line");
                card.add(note);
            }
            if (i.status() == InterestStatus.PENDING) {
                Button accept = new Button(getTranslation("exchange.interest.accept"), e -> Confirm.of(
                        "exchange.interest.accept", getTranslation("exchange.interest.accept.confirm", i.organisationName()))
                        .then(() -> decide(i, true)));
                accept.setId("accept-" + i.id());
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button decline = new Button(getTranslation("exchange.interest.decline"), e -> Confirm.of(
                        "exchange.interest.decline", getTranslation("exchange.interest.decline.confirm", i.organisationName()))
                        .then(() -> decide(i, false)));
                decline.setId("decline-" + i.id());
                card.add(new Div(accept, decline));
            } else if (i.status() == InterestStatus.ACCEPTED) {
                card.add(contact(i.contact()), threadLink(i.id()));
            }
            section.add(card);
        }
        return section;
    }

    private void decide(InterestView i, boolean accept) {
        interests.decide(i.id(), accept);
        Notifications.success(accept ? "exchange.interest.accepted" : "exchange.interest.declined", i.organisationName());
        render(board.post(postId));
    }

    private Component expressInterest() {
        TextArea note = CountedText.area(getTranslation("exchange.interest.note"), NetworkLimits.INTEREST_NOTE);
        note.setId("exchange-note");
        note.setHelperText(getTranslation("exchange.interest.noteHelp"));
        note.setWidthFull();
        Button express = new Button(getTranslation("exchange.interest.express"));
        express.setId("exchange-express");
        express.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        express.setDisableOnClick(true);
        express.addClickListener(e -> {
            interests.express(postId, note.getValue());
            Notifications.success("exchange.interest.sent");
            render(board.post(postId));
        });
        Div section = new Div(new H2(getTranslation("exchange.interest.title")),
                new Paragraph(getTranslation("exchange.interest.lead")), note, express);
        section.addClassName("cv-card");
        return section;
    }

    private Component ourInterest(InterestView i, @Nullable Contact owner) {
        Div section = new Div(new H2(getTranslation("exchange.interest.ours")), ExchangeUi.interest(this, i.status()));
        section.setId("exchange-our-interest");
        section.addClassName("cv-card");
        if (i.status() == InterestStatus.PENDING) {
            section.add(new Paragraph(getTranslation("exchange.interest.waiting")));
        } else if (i.status() == InterestStatus.ACCEPTED) {
            section.add(contact(owner), threadLink(i.id()));
        }
        return section;
    }

    private Component contact(@Nullable Contact contact) {
        return ExchangeUi.contact(this, contact);
    }

    private Component threadLink(long interestId) {
        Anchor thread = new Anchor("network/exchange/thread/" + interestId, getTranslation("exchange.thread.open"));
        thread.setId("thread-" + interestId);
        return thread;
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
