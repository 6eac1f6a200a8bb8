package it.convergo.challenge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A challenge's stable address: its title in lower-case ASCII words, numbered when another challenge has it. */
@Component
class Slugs {

    private final ChallengeRepository challenges;

    Slugs(ChallengeRepository challenges) {
        this.challenges = challenges;
    }

    /** A slug no other challenge uses ({@code ownId}: the challenge itself, which may keep its own). */
    String unique(String title, Long ownId) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "challenge";
        }
        String slug = base;
        for (int n = 2; ; n++) {
            Optional<Challenge> other = challenges.findBySlug(slug);
            if (other.isEmpty() || other.get().getId().equals(ownId)) {
                return slug;
            }
            slug = base + "-" + n;
        }
    }
}
