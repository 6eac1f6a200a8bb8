package it.convergo.proposal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Someone the applicant asked not to evaluate a proposal: a whole organisation (by name), or a person (by
 * e-mail, else by name, and then also by organisation when one is given). Names are compared without case,
 * accents and repeated spaces, so "Università di Pisa" matches "universita  di pisa".
 */
public record NamedExclusion(long id, long proposalId, Kind kind, String personName, String email, String organisation,
                             String reason) {

    public enum Kind {
        ORGANISATION,
        PERSON;

        public String labelKey() {
            return "proposal.exclusions.kind." + name();
        }
    }

    /** Whether an evaluator with this name, e-mail and organisation is the one named. */
    public boolean matches(String fullName, String evaluatorEmail, String organisationName) {
        if (kind == Kind.ORGANISATION) {
            return same(organisation, organisationName);
        }
        if (email != null && !email.isBlank()) {
            return evaluatorEmail != null && email.equalsIgnoreCase(evaluatorEmail.trim());
        }
        return same(personName, fullName) && (organisation == null || organisation.isBlank() || same(organisation, organisationName));
    }

    /** Who is named, as one line: "Mario Rossi <m@x.it> (Acme)" or "Acme". */
    public String who() {
        if (kind == Kind.ORGANISATION) {
            return organisation;
        }
        StringBuilder b = new StringBuilder(personName == null ? "" : personName);
        if (email != null && !email.isBlank()) {
            b.append(b.isEmpty() ? "" : " ").append('<').append(email).append('>');
        }
        if (organisation != null && !organisation.isBlank()) {
            b.append(" (").append(organisation).append(')');
        }
        return b.toString();
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean same(String a, String b) {
        String na = normalise(a);
        return !na.isEmpty() && na.equals(normalise(b));
    }
}
