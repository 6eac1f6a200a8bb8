package it.convergo.audit;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The audit part of a personal-data export: what the person did in the portal, as the audit trail recorded it. */
@Component
class AuditPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    AuditPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "activity";
    }

    @Override
    public Object collect(Person person) {
        return PersonalDataRows.of(jdbc, "select occurred_at, action, subject, details from audit_event where actor = ? "
                + "order by id", person.email());
    }
}
