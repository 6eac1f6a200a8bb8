package it.convergo.network;

import it.convergo.base.TechnologyArea;
import java.util.List;

/** A live challenge that fits my organisation's profile, with the areas and words both share. */
public record ChallengeMatch(long challengeId, String slug, String title, String summary, List<TechnologyArea> areas,
                             List<String> words) {
}
