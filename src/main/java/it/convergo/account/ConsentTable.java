package it.convergo.account;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.Times;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consent tables: {@code consent_record}, append-only (rows are inserted, never updated; the latest row of a
 * person and purpose is the current state), and {@code consent_token}, the hashes of unsubscribe links.
 */
@Component
class ConsentTable {

    /** The records that say a person consents now: given, and the latest of that person for that purpose. */
    private static final String GIVEN_NOW = "from consent_record c where c.given = true and c.id = "
            + "(select max(l.id) from consent_record l where l.user_id = c.user_id and l.purpose = c.purpose)";

    private final JdbcTemplate jdbc;

    ConsentTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's current decision on a purpose, empty when they never took one. */
    Optional<Boolean> current(long userId, ConsentPurpose purpose) {
        return jdbc.queryForList("select given from consent_record where id = (select max(id) from consent_record "
                + "where user_id = ? and purpose = ?)", Boolean.class, userId, purpose.name()).stream().findFirst();
    }

    void append(long userId, ConsentPurpose purpose, boolean given, String textHash, String language,
                ConsentSource source, Instant at) {
        jdbc.update("insert into consent_record (user_id, purpose, given, text_hash, language, source, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, userId);
                    ps.setString(2, purpose.name());
                    ps.setBoolean(3, given);
                    ps.setString(4, textHash);
                    ps.setString(5, language);
                    ps.setString(6, source.name());
                    ps.setTimestamp(7, Timestamp.from(at), Times.utcCalendar());
                });
    }

    /** The people who consent now to the purpose. */
    List<Long> consenting(ConsentPurpose purpose) {
        return jdbc.queryForList("select c.user_id " + GIVEN_NOW + " and c.purpose = ?", Long.class, purpose.name());
    }

    /** How many people consent now, per purpose. */
    Map<ConsentPurpose, Long> givenCounts() {
        Map<ConsentPurpose, Long> counts = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            counts.put(p, 0L);
        }
        jdbc.query("select c.purpose, count(*) " + GIVEN_NOW + " group by c.purpose",
                rs -> {
                    counts.put(ConsentPurpose.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    List<Map<String, Object>> history(long userId) {
        return PersonalDataRows.of(jdbc, "select purpose, given, text_hash, language, source, recorded_at "
                + "from consent_record where user_id = ? order by id", userId);
    }

    void storeToken(String hash, long userId, ConsentPurpose purpose, Instant at) {
        jdbc.update("insert into consent_token (token_hash, user_id, purpose, created_at) values (?, ?, ?, ?)", ps -> {
            ps.setString(1, hash);
            ps.setLong(2, userId);
            ps.setString(3, purpose.name());
            ps.setTimestamp(4, Timestamp.from(at), Times.utcCalendar());
        });
    }

    record TokenOwner(long userId, ConsentPurpose purpose) {
    }

    Optional<TokenOwner> tokenOwner(String hash) {
        return jdbc.query("select user_id, purpose from consent_token where token_hash = ?",
                (rs, n) -> new TokenOwner(rs.getLong(1), ConsentPurpose.valueOf(rs.getString(2))), hash).stream().findFirst();
    }

    long tokenCount(long userId) {
        Long n = jdbc.queryForObject("select count(*) from consent_token where user_id = ?", Long.class, userId);
        return n == null ? 0 : n;
    }

    void deleteTokens(long userId) {
        jdbc.update("delete from consent_token where user_id = ?", userId);
    }
}
