package it.convergo.network.ui;

import com.vaadin.flow.component.html.Paragraph;
import it.convergo.network.exchange.Contact;
import it.convergo.network.exchange.PartnerRequestStatus;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.network.exchange.InterestStatus;
import it.convergo.network.exchange.PostCard;
import it.convergo.network.exchange.PostKind;
import it.convergo.network.exchange.PostStatus;

/** What the exchange's screens share: badges with their text, a post's title cell and its facts line. */
final class ExchangeUi {

    private ExchangeUi() {
    }

    static Badge kind(Component view, PostKind kind) {
        return new Badge(view.getTranslation(kind.labelKey()),
                kind == PostKind.NEED ? Badge.Tone.WARNING : Badge.Tone.INFO);
    }

    static Badge status(Component view, PostStatus status) {
        return new Badge(view.getTranslation(status.labelKey()), switch (status) {
            case OPEN -> Badge.Tone.SUCCESS;
            case EXPIRED -> Badge.Tone.NEUTRAL;
            case CLOSED -> Badge.Tone.DECIDED;
        });
    }

    static Badge interest(Component view, InterestStatus status) {
        return new Badge(view.getTranslation(status.labelKey()), switch (status) {
            case PENDING -> Badge.Tone.WARNING;
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.NEUTRAL;
        });
    }

    static Badge request(Component view, PartnerRequestStatus status) {
        return new Badge(view.getTranslation(status.labelKey()), switch (status) {
            case PENDING -> Badge.Tone.WARNING;
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case IGNORED -> Badge.Tone.NEUTRAL;
        });
    }

    /** The other side's contact once accepted, or why there is none. */
    static Paragraph contact(Component view, @Nullable Contact contact) {
        Paragraph line = new Paragraph(contact == null ? view.getTranslation("exchange.contact.none")
                : view.getTranslation("exchange.contact", contact.name(), contact.email()));
        line.addClassName("exchange-contact");
        return line;
    }

    /** The post's title as a link to its page, with the organisation below. */
    static Component title(PostCard p) {
        Anchor open = new Anchor("network/exchange/" + p.id(), p.title());
        Span organisation = new Span(p.organisationName());
        organisation.addClassName("cv-proposal-sub");
        Div cell = new Div(open, organisation);
        cell.addClassName("cv-proposal-cell");
        return cell;
    }

    /** Arrangement, area and TRL in one line of text. */
    static String what(Component view, PostCard p) {
        String text = view.getTranslation(p.arrangement().labelKey()) + " · " + view.getTranslation(p.area().labelKey());
        return p.trl() == null ? text : text + " · " + view.getTranslation("exchange.trl", p.trl());
    }

    static String until(Component view, PostCard p) {
        return view.getTranslation("exchange.until", Times.format(p.expiresAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }
}
