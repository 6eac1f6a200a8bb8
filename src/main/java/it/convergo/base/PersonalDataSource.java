package it.convergo.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One feature's part of what the portal keeps about a person: for the person's own copy of their data (GDPR
 * articles 15 and 20) and for erasing it (article 17). Each feature describes its own tables, so a new table
 * that holds personal data is exported and erased by the feature that owns it; {@code docs/privacy.md} lists
 * the rule of each table.
 */
public interface PersonalDataSource {

    /** The name of this part in the export, e.g. {@code "proposals"}. */
    String part();

    /** What the feature keeps about the person, as JSON-ready values (maps, lists, text, numbers, booleans). */
    Object collect(Person person);

    /** The files the feature keeps about the person; none unless it keeps files. */
    default List<PersonalFile> files(Person person) {
        return List.of();
    }

    /**
     * Erases the person from the feature's tables, in the caller's transaction: deletes what no one needs to
     * keep, and where a record must stay (a submitted proposal, an evaluation, the audit trail) replaces the
     * person's name and address with {@link Erasure#alias()}.
     */
    void erase(Erasure erasure);

    /**
     * This feature's activity in the register of processing (GDPR article 30): its texts are the translation keys
     * {@code register.<part>.purpose}, {@code .subjects}, {@code .data}, {@code .recipients} and {@code .retention};
     * a feature that can say what is configured now (e.g. retention rules) adds figures.
     */
    default Processing processing() {
        return new Processing(part(), List.of());
    }

    /** A feature's entry in the register of processing: its part and the figures of what is configured. */
    record Processing(String part, List<Figure> figures) {

        /** The translation key of one of the entry's texts: purpose, subjects, data, recipients, retention. */
        public String key(String text) {
            return "register." + part + "." + text;
        }
    }

    /** A translated figure: a key and its parameters. */
    record Figure(String key, List<Object> params) {
    }

    /** Whom the export or erasure is for: the account, and the address and name that identify them in texts. */
    record Person(long userId, String email, String fullName) {
    }

    /**
     * An erasure: the person, the neutral text that replaces their name and address where records stay, and
     * whether nobody else of their organisation remains to carry on its drafts.
     */
    record Erasure(Person person, String alias, boolean lastOfOrganisation) {

        /** The texts that identify the person in free text: the address, and the name unless too short to be safe. */
        public List<String> identifiers() {
            String name = person.fullName();
            return name == null || name.strip().length() < 5 ? List.of(person.email()) : List.of(person.email(), name.strip());
        }
    }

    /** A file of the export: its path inside the archive and its content, written when the archive is made. */
    record PersonalFile(String path, Content content) {
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
