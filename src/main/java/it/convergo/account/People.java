package it.convergo.account;

import it.convergo.base.i18n.Translations;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person is (name, address, language), for modules that keep only user ids or addresses: a whole list
 * in one query. Disabled accounts are included: this answers "who is this", not "whom to write to".
 */
@Service
public class People {

    private final EntityManager entities;

    People(EntityManager entities) {
        this.entities = entities;
    }

    /** Name, address and language of people by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Recipient> byId(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : find("u.id in :keys", Set.copyOf(userIds));
    }

    /** Name, address and language of the accounts with these (normalised) addresses; unknown ones are left out. */
    @Transactional(readOnly = true)
    public List<Recipient> byEmail(Collection<String> emails) {
        return emails.isEmpty() ? List.of() : find("u.email in :keys", Set.copyOf(emails));
    }

    private List<Recipient> find(String where, Set<?> keys) {
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
