package it.convergo.challenge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A short notice another feature shows on a challenge's public page (the audience award: when to vote, then its
 * results), so that the page shows it without the challenge feature depending on that feature.
 */
public interface ChallengePageNotice {

    /** The notice for this challenge in the visitor's language, or empty when there is nothing to say. */
    Optional<Notice> notice(long challengeId, Locale locale);

    /** Texts already translated; {@code href} a portal path, or null for no link. */
    record Notice(String id, String heading, List<String> lines, String href, String linkText) {
    }
}
