package it.convergo.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One feature's part of what the portal keeps about a person, for the person's own copy of their data (GDPR
 * articles 15 and 20). Each feature describes its own tables, so a new table that holds personal data is
 * exported by the feature that owns it; {@code docs/privacy.md} lists them.
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

    /** Whom the export is for: the account and the e-mail address that identifies them in texts and logs. */
    record Person(long userId, String email) {
    }

    /** A file of the export: its path inside the archive and its content, written when the archive is made. */
    record PersonalFile(String path, Content content) {
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
