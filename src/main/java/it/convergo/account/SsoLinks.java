package it.convergo.account;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.Times;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table that ties a provider's subject to an account, so later sign-ins follow the subject, not the address. */
@Component
class SsoLinks {

    private final JdbcTemplate jdbc;

    SsoLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> userOf(String provider, String subject) {
        return jdbc.queryForList("select user_id from sso_link where provider = ? and subject = ?", Long.class,
                provider, subject).stream().findFirst();
    }

    void link(String provider, String subject, long userId, Instant now) {
        jdbc.update("insert into sso_link (provider, subject, user_id, created_at) values (?, ?, ?, ?)", ps -> {
            ps.setString(1, provider);
            ps.setString(2, subject);
            ps.setLong(3, userId);
            ps.setTimestamp(4, Timestamp.from(now), Times.utcCalendar());
        });
    }

    /** For the personal-data export. */
    List<Map<String, Object>> of(long userId) {
        return PersonalDataRows.of(jdbc, "select provider, subject, created_at from sso_link where user_id = ? order by id", userId);
    }

    void forget(long userId) {
        jdbc.update("delete from sso_link where user_id = ?", userId);
    }
}
