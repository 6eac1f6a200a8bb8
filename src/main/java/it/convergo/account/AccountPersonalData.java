package it.convergo.account;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The account part of a personal-data export: the account (never its password hash), roles, expertise, the
 * organisation it belongs to, its one-time links (purpose and dates, never the token) and its single sign-on
 * links (provider and subject). Erasure keeps the account row (proposals, evaluations and the audit trail refer
 * to it) with the alias for name and address, no usable password, disabled; roles, expertise and both kinds of
 * links are deleted. The organisation is a legal entity, not a
 * person, and stays.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final SsoLinks ssoLinks;

    AccountPersonalData(JdbcTemplate jdbc, PasswordEncoder passwords, SsoLinks ssoLinks) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.ssoLinks = ssoLinks;
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
        part.put("singleSignOn", ssoLinks.of(id));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        long id = erasure.person().userId();
        jdbc.update("update user_account set email = ?, full_name = ?, password_hash = ?, disabled = ?, email_confirmed = ?, "
                + "failed_logins = 0, locked_until = null where id = ?", addressOf(id), erasure.alias(),
                passwords.encode(UUID.randomUUID().toString()), true, false, id);
        jdbc.update("delete from user_role where user_id = ?", id);
        jdbc.update("delete from user_expertise where user_id = ?", id);
        jdbc.update("delete from account_token where user_id = ?", id);
        ssoLinks.forget(id);
    }

    /** The address an erased account keeps: unique (the column is), reserved by RFC 2606, never delivered. */
    static String addressOf(long userId) {
        return "erased-" + userId + "@erased.invalid";
    }
}
