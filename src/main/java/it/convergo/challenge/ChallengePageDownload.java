package it.convergo.challenge;

import java.util.Locale;
import java.util.Optional;

/**
 * A file another feature offers on a challenge's public page (the calendar's .ics), so that the page shows it
 * without the challenge feature depending on that feature. The content is made when the visitor clicks.
 */
public interface ChallengePageDownload {

    /** A short name for the link's element id ({@code challenge-<name>}). */
    String name();

    /** Translation key of the link's text. */
    String labelKey();

    String fileName(ChallengeView challenge);

    String contentType();

    /** The file for the current visitor, or empty when they may not see the challenge (any more). */
    Optional<byte[]> content(long challengeId, Locale locale);
}
