package it.convergo.evaluation.pitch;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pitch days in a personal-data export, for a jury member: the pitch days they sat on (and when they
 * submitted) and every pitch score they gave. Slots belong to proposals (organisations), not to a person. These
 * rows name the jury member by account id only and are part of the record of a selection, so erasure keeps them:
 * the account itself becomes the alias.
 */
@Component
class PitchPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    PitchPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "pitchDays";
    }

    @Override
    public Object collect(Person person) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("juryOf", PersonalDataRows.of(jdbc, "select d.challenge_id, d.starts_at, j.submitted_at from pitch_juror j "
                + "join pitch_day d on d.id = j.pitch_day_id where j.evaluator_id = ? order by j.id", person.userId()));
        part.put("pitchScores", PersonalDataRows.of(jdbc, "select d.challenge_id, s.proposal_id, c.name as criterion, s.score, "
                + "s.updated_at from pitch_score s join pitch_day d on d.id = s.pitch_day_id left join pitch_criterion c "
                + "on c.pitch_day_id = s.pitch_day_id and c.position = s.position where s.evaluator_id = ? order by s.id",
                person.userId()));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        // nothing here names the person but the account id, which the account's erasure anonymises
    }
}
