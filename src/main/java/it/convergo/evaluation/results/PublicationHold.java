package it.convergo.evaluation.results;

import java.util.Optional;

/**
 * Something still under way that the results must not be published before, such as a pitch day whose jury is
 * scoring. Features implement it, so the results need not know them.
 */
public interface PublicationHold {

    /** The translation key of the reason the challenge's results must wait, or empty when they need not. */
    Optional<String> holdsBack(long challengeId);
}
