package it.convergo.calendar;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The calendar part of a personal-data export: whether the person has a private feed address and since when
 * (never its secret, of which only a hash is kept anyway). Erasure deletes the feed, so the address stops working.
 */
@Component
class CalendarPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    CalendarPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "calendarFeed";
    }

    @Override
    public Object collect(Person person) {
        return PersonalDataRows.of(jdbc, "select created_at from calendar_feed where user_id = ?", person.userId());
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.update("delete from calendar_feed where user_id = ?", erasure.person().userId());
    }
}
