package it.convergo.evaluation.questions;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The clarification rounds in a personal-data export: the questions a person asked as rapporteur and the answers
 * they gave for their organisation. Both are part of the record of an evaluation, so erasure keeps them, with the
 * person's name and address in the answer text replaced by the alias (the account id becomes the alias anyway).
 */
@Component
class QuestionsPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    QuestionsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "panelQuestions";
    }

    @Override
    public Object collect(Person person) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("asked", PersonalDataRows.of(jdbc, "select challenge_id, proposal_id, question, asked_at, answer_due_at, "
                + "status from panel_question where asked_by = ? order by id", person.userId()));
        part.put("answered", PersonalDataRows.of(jdbc, "select challenge_id, proposal_id, question, answer, answered_at "
                + "from panel_question where answered_by = ? order by id", person.userId()));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        for (String identifier : erasure.identifiers()) {
            jdbc.update("update panel_question set answer = replace(answer, ?, ?) where answered_by = ?", identifier,
                    erasure.alias(), erasure.person().userId());
            jdbc.update("update panel_question set question = replace(question, ?, ?) where asked_by = ?", identifier,
                    erasure.alias(), erasure.person().userId());
        }
    }
}
