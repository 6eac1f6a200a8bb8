package it.convergo.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Countdown;
import it.convergo.proposal.Download;
import it.convergo.proposal.ProposalStatus;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Shared pieces of the proposal pages: state badges, time left, editor sections, sizes and download links. */
final class ProposalUi {

    private static final java.util.regex.Pattern OUTCOME_KEY = java.util.regex.Pattern.compile("evaluation\\.[\\w.]+");

    private ProposalUi() {
    }

    static Badge badge(Component owner, ProposalStatus status, boolean editing) {
        Badge.Tone tone = switch (status) {
            case DRAFT, WITHDRAWN -> Badge.Tone.NEUTRAL;
            case SUBMITTED -> Badge.Tone.INFO;
            case ELIGIBLE -> Badge.Tone.SUCCESS;
            case NOT_ELIGIBLE -> Badge.Tone.ERROR;
            case UNDER_EVALUATION -> Badge.Tone.WARNING;
            case DECIDED -> Badge.Tone.DECIDED;
        };
        String text = owner.getTranslation(status.labelKey());
        if (editing) {
            text += " · " + owner.getTranslation("proposal.status.editing");
        }
        return new Badge(text, tone);
    }

    /** "19 days left", "3 d 4 h left", "5 h 12 min left" ({@link Countdown}), or "closed" once past. */
    static String timeLeft(Component owner, @Nullable Instant closesAt, Instant now) {
        if (closesAt == null) {
            return "";
        }
        String left = Countdown.left(owner, closesAt, now);
        return left.isEmpty() ? owner.getTranslation("proposal.time.closed") : left;
    }

    /** A card of the editor with its heading; {@code key} is its id (the progress block links to it). */
    /** "Content deleted on … under the challenge's retention rule", shown where a purged proposal's content was. */
    static String purged(Component owner, Instant purgedAt) {
        return owner.getTranslation("proposal.purged.notice", Times.format(purgedAt, UI.getCurrent().getLocale()));
    }

    static Div section(Component owner, String key, Component... content) {
        Div section = new Div(new H2(owner.getTranslation("proposal.section." + key)));
        section.setId(key);
        section.addClassNames("cv-card", "cv-proposal-section");
        section.add(content);
        return section;
    }

    static boolean urgent(@Nullable Instant closesAt, Instant now) {
        return closesAt != null && now.isBefore(closesAt) && Duration.between(now, closesAt).toHours() < 48;
    }

    /**
     * The outcome note of a proposal in the reader's language: stored as the outcome's translation key, then the
     * firm's own words after a bar ("evaluation.outcome.WINNER|We would like to start the pilot"). A note
     * stored as plain text is shown as it is.
     */
    static String outcomeNote(Component owner, String note) {
        int bar = note.indexOf('|');
        String key = bar < 0 ? note : note.substring(0, bar);
        if (!OUTCOME_KEY.matcher(key).matches()) {
            return note;
        }
        String label = owner.getTranslation(key);
        return bar < 0 ? label : label + " — " + note.substring(bar + 1);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** A link that asks the service for the document when clicked, so its checks run on every download. */
    static Anchor download(String text, Supplier<Download> document) {
        DownloadHandler handler = event -> {
            Download d;
            try {
                d = document.get();
            } catch (UserFacingException e) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(d.fileName());
            event.setContentType(d.contentType());
            event.setContentLength(d.size());
            try (OutputStream out = event.getOutputStream()) {
                d.content().writeTo(out);
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        link.addClassName("cv-download");
        return link;
    }
}
