package it.convergo.evaluation.appeals;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The appeals part of a personal-data export: the appeals the person filed (their grounds and the firm's reply)
 * and the opinions they gave as a reviewer. Appeals are the record of a selection and stay on erasure: the
 * person's name and address are replaced in the grounds (the applicant's own text) and opinions, and the
 * account becomes the alias.
 */
@Component
class AppealPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    AppealPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "appeals";
    }

    @Override
    public Object collect(Person person) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("filed", PersonalDataRows.of(jdbc, "select proposal_id, challenge_id, grounds, filed_at, status, outcome, "
                + "reply, decided_at from appeal where filed_by = ? order by id", person.userId()));
        part.put("reviewed", PersonalDataRows.of(jdbc, "select appeal_id, supports, opinion, assigned_at, given_at "
                + "from appeal_review where reviewer_id = ? order by id", person.userId()));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        for (String identifier : erasure.identifiers()) {
            jdbc.update("update appeal set grounds = replace(grounds, ?, ?) where filed_by = ? and grounds like ?",
                    identifier, erasure.alias(), erasure.person().userId(), "%" + identifier + "%");
            // the firm's reply and the reviewers' opinions may quote the applicant
            jdbc.update("update appeal set reply = replace(reply, ?, ?) where reply like ?",
                    identifier, erasure.alias(), "%" + identifier + "%");
            jdbc.update("update appeal_review set opinion = replace(opinion, ?, ?) where opinion like ?",
                    identifier, erasure.alias(), "%" + identifier + "%");
        }
    }
}
