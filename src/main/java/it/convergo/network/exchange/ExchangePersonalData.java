package it.convergo.network.exchange;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The exchange's part of a personal-data export: the notes of the interests the person expressed, the requests to
 * team up they sent, and the messages they wrote in private threads (posts are their organisation's, not theirs). Erasure keeps the texts, which the
 * other organisation of the thread read and may need, but removes the person from them: the author's name becomes
 * the alias, their address and name inside any note or message too, and the links to the account are cut.
 */
@Component
class ExchangePersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    ExchangePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "needsAndOffers";
    }

    @Override
    public Object collect(Person person) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("interests", PersonalDataRows.of(jdbc, "select i.post_id, p.title, i.note, i.status, i.created_at "
                + "from exchange_interest i join exchange_post p on p.id = i.post_id where i.user_id = ? order by i.id",
                person.userId()));
        part.put("messages", PersonalDataRows.of(jdbc, "select interest_id, author_name, body, created_at "
                + "from exchange_message where user_id = ? order by id", person.userId()));
        part.put("postsAuthored", PersonalDataRows.of(jdbc, "select id, kind, title, created_at from exchange_post "
                + "where author_user_id = ? order by id", person.userId()));
        part.put("partnerRequests", PersonalDataRows.of(jdbc, "select challenge_id, to_organisation_id, message, status, "
                + "created_at from partner_request where from_user_id = ? order by id", person.userId()));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        long user = erasure.person().userId();
        for (String identifier : erasure.identifiers()) {
            // in anybody's texts: the other side's messages name the person too ("Dear Mario Rossi")
            jdbc.update("update exchange_interest set note = replace(note, ?, ?) where note like ?",
                    identifier, erasure.alias(), "%" + identifier + "%");
            jdbc.update("update exchange_message set body = replace(body, ?, ?) where body like ?",
                    identifier, erasure.alias(), "%" + identifier + "%");
            jdbc.update("update partner_request set message = replace(message, ?, ?) where message like ?",
                    identifier, erasure.alias(), "%" + identifier + "%");
        }
        jdbc.update("update exchange_message set author_name = ?, user_id = null where user_id = ?", erasure.alias(), user);
        jdbc.update("update exchange_interest set user_id = null where user_id = ?", user);
        jdbc.update("update exchange_post set author_user_id = null where author_user_id = ?", user);
        jdbc.update("update partner_request set from_user_id = null where from_user_id = ?", user);
        jdbc.update("update partner_request set answered_by_user_id = null where answered_by_user_id = ?", user);
    }
}
