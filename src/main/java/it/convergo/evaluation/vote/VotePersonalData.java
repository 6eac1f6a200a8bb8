package it.convergo.evaluation.vote;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audience awards' part of a personal-data export: the person's own ballots (for whom and when; nobody else
 * ever reads them) and the consents they gave for their organisation's proposals. Erasure keeps each ballot so
 * that a published count stays true, but cuts it from the person: the voter becomes null.
 */
@Component
class VotePersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    VotePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "audienceVotes";
    }

    @Override
    public Object collect(Person person) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("ballots", PersonalDataRows.of(jdbc, "select v.challenge_id, v.prize_name, e.public_title, b.cast_at "
                + "from prize_vote_ballot b join prize_vote v on v.id = b.vote_id join prize_vote_entry e on e.id = b.entry_id "
                + "where b.voter_id = ? order by b.id", person.userId()));
        part.put("consents", PersonalDataRows.of(jdbc, "select e.proposal_id, v.prize_name, e.public_title, e.public_summary, "
                + "e.opted_in_at from prize_vote_entry e join prize_vote v on v.id = e.vote_id where e.opted_in_by = ? "
                + "order by e.id", person.userId()));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.update("update prize_vote_ballot set voter_id = null where voter_id = ?", erasure.person().userId());
    }
}
