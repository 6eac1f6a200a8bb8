package it.convergo.account;

import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites a list of evaluators from a spreadsheet: first a preview that checks every row (address, name,
 * language, repeated in the file, already registered) and says what is wrong with each, then the invitations
 * of the rows without a problem, each on its own (one row refused at that moment does not undo the others).
 * Columns are found by their header: e-mail, name, language (optional; Italian unless "en").
 */
@Service
public class EvaluatorImport {

    private final AccountService accounts;
    private final UserRepository users;

    EvaluatorImport(AccountService accounts, UserRepository users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** One row of the file: what it says and, when it cannot be invited, the translation key of why. */
    public record Line(int row, String email, String fullName, Locale language, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Line> preview(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw new UserFacingException("import.error.empty");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        int email = column(header, "e-mail", "email", "mail", "indirizzo");
        int name = column(header, "name", "nome", "full name", "nome e cognome");
        int language = column(header, "language", "lingua");
        if (email < 0 || name < 0) {
            throw new UserFacingException("import.error.columns");
        }
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String address = AccountService.normaliseEmail(cell(row, email));
            String fullName = cell(row, name);
            String lang = cell(row, language).toLowerCase(Locale.ROOT);
            Locale locale = lang.startsWith("en") ? Translations.ENGLISH : Translations.ITALIAN;
            lines.add(new Line(r + 1, address, fullName, locale, problem(address, fullName, lang, seen)));
        }
        return lines;
    }

    /** Invites every line without a problem; returns the lines refused now (e.g. registered since the preview). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Line> invite(List<Line> lines) {
        List<Line> refused = new ArrayList<>();
        for (Line line : lines) {
            if (!line.ok()) {
                continue;
            }
            try {
                accounts.invite(line.email(), line.fullName(), Role.EVALUATOR, null, line.language());
            } catch (UserFacingException e) {
                refused.add(new Line(line.row(), line.email(), line.fullName(), line.language(), e.messageKey()));
            }
        }
        return refused;
    }

    private String problem(String address, String fullName, String lang, Set<String> seen) {
        try {
            AccountService.requireValidEmail(address);
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        if (fullName.isBlank() || fullName.length() > AccountLimits.FULL_NAME) {
            return "import.error.name";
        }
        if (!lang.isEmpty() && !lang.startsWith("en") && !lang.startsWith("it")) {
            return "import.error.language";
        }
        if (!seen.add(address)) {
            return "import.error.repeated";
        }
        if (users.existsByEmail(address)) {
            return "register.error.emailTaken";
        }
        return null;
    }

    private static int column(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
    }
}
