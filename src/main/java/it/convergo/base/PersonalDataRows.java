package it.convergo.base;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a feature's own table as JSON-ready maps for a personal-data export: column names in lower case,
 * times as ISO instants (stored as UTC), text as text. Binary columns are never selected here; files are
 * exported as files.
 */
public final class PersonalDataRows {

    private PersonalDataRows() {
    }

    public static List<Map<String, Object>> of(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> row(rs), args);
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            row.put(name, value(rs, i, meta.getColumnType(i)));
        }
        return row;
    }

    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp t = rs.getTimestamp(i, Times.utcCalendar());
                yield t == null ? null : t.toInstant().toString();
            }
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> rs.getString(i);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(i);
            default -> rs.getObject(i);
        };
        return rs.wasNull() ? null : value instanceof java.sql.Date d ? d.toLocalDate().toString() : value;
    }
}
