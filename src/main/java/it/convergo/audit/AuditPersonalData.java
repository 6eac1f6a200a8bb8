package it.convergo.audit;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit part of a personal-data export: what the person did in the portal, as the audit trail recorded it.
 * The trail must stay whole, so erasure keeps every event and replaces the person's address and name in it.
 */
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

    @Override
    public void erase(Erasure erasure) {
        String email = erasure.person().email();
        jdbc.update("update audit_event set actor = ? where actor = ?", erasure.alias(), email);
        for (String identifier : erasure.identifiers()) {
            jdbc.update("update audit_event set details = replace(details, ?, ?) where details like ?", identifier,
                    erasure.alias(), "%" + identifier + "%");
        }
    }
}
