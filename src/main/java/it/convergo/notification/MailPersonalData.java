package it.convergo.notification;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail part of a personal-data export: every message the portal wrote to the person, with its delivery
 * state. Erasure deletes them (sent or not) and replaces the person's name and address in messages to others.
 */
@Component
class MailPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    MailPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "emails";
    }

    @Override
    public Object collect(Person person) {
        return PersonalDataRows.of(jdbc, "select created_at, subject, body, status, sent_at from outbox_message "
                + "where recipient = ? order by id", person.email());
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.update("delete from outbox_message where recipient = ?", erasure.person().email());
        for (String identifier : erasure.identifiers()) {
            jdbc.update("update outbox_message set body = replace(body, ?, ?), subject = replace(subject, ?, ?) "
                    + "where body like ? or subject like ?", identifier, erasure.alias(), identifier, erasure.alias(),
                    "%" + identifier + "%", "%" + identifier + "%");
        }
    }
}
