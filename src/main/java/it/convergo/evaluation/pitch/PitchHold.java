package it.convergo.evaluation.pitch;

import it.convergo.evaluation.results.PublicationHold;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The results wait for the pitch: once the invitations are out, publishing before every jury member has scored
 * would decide without the pitch the applicants were invited to.
 */
@Component
class PitchHold implements PublicationHold {

    private final PitchDayRepository days;

    PitchHold(PitchDayRepository days) {
        this.days = days;
    }

    @Override
    public Optional<String> holdsBack(long challengeId) {
        return days.findByChallengeId(challengeId).filter(d -> d.status == PitchDay.Status.INVITED)
                .map(d -> "pitch.error.juryScoring");
    }
}
