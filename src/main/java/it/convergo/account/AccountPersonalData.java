package it.convergo.account;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account part of a personal-data export: the account (never its password hash), roles, expertise, the
 * organisation it belongs to, and its one-time links (purpose and dates, never the token).
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    AccountPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "account";
    }

    @Override
    public Object collect(Person person) {
        long id = person.userId();
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("account", PersonalDataRows.of(jdbc, "select id, email, full_name, language, email_confirmed, disabled, "
                + "failed_logins, locked_until, created_at from user_account where id = ?", id));
        part.put("roles", jdbc.queryForList("select role from user_role where user_id = ? order by role", String.class, id));
        part.put("expertise", jdbc.queryForList("select area from user_expertise where user_id = ? order by area", String.class, id));
        part.put("organisation", PersonalDataRows.of(jdbc, "select o.id, o.name, o.vat_number, o.type, o.size, o.region, "
                + "o.country, o.created_at from organisation o join user_account u on u.organisation_id = o.id where u.id = ?", id));
        part.put("links", PersonalDataRows.of(jdbc, "select purpose, expires_at, used_at from account_token where user_id = ? "
                + "order by id", id));
        return part;
    }
}
