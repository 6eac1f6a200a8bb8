package it.convergo.evaluation;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evaluation part of a personal-data export, for a person who evaluates: assignments with the conflict
 * declarations, confidentiality acceptances, score sheets with every score and comment, bids, anonymity
 * reports, what they wrote in consensus discussions and as rapporteur, and how their reviews were rated.
 * These rows name the evaluator by account id only and are the record of a selection, so erasure keeps them:
 * the account itself becomes the alias.
 */
@Component
class EvaluationPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    EvaluationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "evaluations";
    }

    @Override
    public Object collect(Person person) {
        long id = person.userId();
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("assignments", PersonalDataRows.of(jdbc, "select challenge_id, proposal_id, challenge_title, proposal_title, "
                + "rapporteur, status, due_at, assigned_at, declared_at, conflict_reason from evaluation_assignment "
                + "where evaluator_id = ? order by id", id));
        part.put("confidentiality", PersonalDataRows.of(jdbc, "select challenge_id, accepted_at from confidentiality_acceptance "
                + "where evaluator_id = ? order by id", id));
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (Map<String, Object> sheet : PersonalDataRows.of(jdbc, "select id, challenge_id, proposal_id, status, overall_comment, "
                + "updated_at, submitted_at from score_sheet where evaluator_id = ? order by id", id)) {
            Map<String, Object> s = new LinkedHashMap<>(sheet);
            s.put("scores", PersonalDataRows.of(jdbc, "select criterion_index, score, comment from sheet_score where sheet_id = ? "
                    + "order by criterion_index", ((Number) sheet.get("id")).longValue()));
            sheets.add(s);
        }
        part.put("scoreSheets", sheets);
        part.put("bids", PersonalDataRows.of(jdbc, "select challenge_id, proposal_id, level, updated_at from evaluator_bid "
                + "where evaluator_id = ? order by id", id));
        part.put("anonymityReports", PersonalDataRows.of(jdbc, "select challenge_id, proposal_id, note, reported_at "
                + "from anonymity_report where evaluator_id = ? order by id", id));
        part.put("consensusMessages", PersonalDataRows.of(jdbc, "select proposal_id, body, created_at from consensus_message "
                + "where author_id = ? order by id", id));
        part.put("asRapporteur", PersonalDataRows.of(jdbc, "select challenge_id, proposal_id, status, overall_comment, "
                + "minority_opinion, completed_at from consensus where rapporteur_id = ? order by id", id));
        part.put("ratingsOfMyReviews", PersonalDataRows.of(jdbc, "select challenge_id, proposal_id, rating, rated_at "
                + "from review_rating where evaluator_id = ? order by id", id));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        // nothing here names the person but the account id, which the account's erasure anonymises
    }
}
