package it.convergo.api;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The API tokens part of a personal-data export; erasure deletes them (nobody else needs them). */
@Component
class ApiTokenPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    ApiTokenPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "apiTokens";
    }

    @Override
    public Object collect(Person person) {
        return PersonalDataRows.of(jdbc, "select name, prefix, scope, created_at, last_used_at, expires_at from api_token "
                + "where user_id = ? order by id", person.userId());
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.update("delete from api_token where user_id = ?", erasure.person().userId());
    }
}
