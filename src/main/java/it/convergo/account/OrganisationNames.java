package it.convergo.account;

import it.convergo.base.i18n.Translations;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups for modules that keep only ids of organisations and people: the names for a whole page
 * of ids in one query, an organisation's VAT number, and who a person is (name, address, language).
 * Disabled accounts are included: these answer "who is this", not "whom to write to".
 */
@Service
public class OrganisationNames {

    private final EntityManager entities;

    OrganisationNames(EntityManager entities) {
        this.entities = entities;
    }

    /** Organisation names by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        entities.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(organisationIds)).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<String> name(long organisationId) {
        return Optional.ofNullable(names(List.of(organisationId)).get(organisationId));
    }

    @Transactional(readOnly = true)
    public Optional<String> vatNumber(long organisationId) {
        return entities.createQuery("select o.vatNumber from Organisation o where o.id = :id", String.class)
                .setParameter("id", organisationId).getResultStream().findFirst();
    }

    /** Name, address and language of people by id. */
    @Transactional(readOnly = true)
    public List<Recipient> people(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : people("u.id in :keys", Set.copyOf(userIds));
    }

    /** Name, address and language of the accounts with these (normalised) addresses; unknown ones are left out. */
    @Transactional(readOnly = true)
    public List<Recipient> peopleByEmail(Collection<String> emails) {
        return emails.isEmpty() ? List.of() : people("u.email in :keys", Set.copyOf(emails));
    }

    private List<Recipient> people(String where, Set<?> keys) {
        return entities.createQuery("select u.id, u.email, u.fullName, u.language from UserAccount u where " + where,
                        Object[].class)
                .setParameter("keys", keys).getResultList().stream()
                .map(row -> new Recipient((Long) row[0], (String) row[1], (String) row[2], localeOf((String) row[3])))
                .toList();
    }

    private static Locale localeOf(String language) {
        return language == null ? Translations.ITALIAN : Locale.forLanguageTag(language);
    }
}
