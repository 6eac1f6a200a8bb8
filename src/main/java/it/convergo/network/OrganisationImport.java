package it.convergo.network;

import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.account.OrganisationRef;
import it.convergo.account.Organisations;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites organisations to an invite-only challenge from a spreadsheet (organisation, contact e-mail, optional VAT
 * number), like the evaluators' import: a preview checks every row and says what is wrong with each, then the rows
 * without a problem are invited through {@link Invitations}, the same way as one click on a match.
 *
 * <p>A row names an organisation on the portal by its VAT number, or else by the contact's account when the
 * organisation's name in the row is the name of that account's organisation too: so a firm learns nothing about an
 * address it could not already tie to the organisation.
 */
@Service
public class OrganisationImport {

    private final ChallengeEditor editor;
    private final Organisations organisations;
    private final Invitations invitations;

    OrganisationImport(ChallengeEditor editor, Organisations organisations, Invitations invitations) {
        this.editor = editor;
        this.organisations = organisations;
        this.invitations = invitations;
    }

    /** One row: what it says, the organisation on the portal it names (null when none) and the problem's key. */
    public record Line(int row, String organisationName, String email, String vat, Long organisationId,
                       String portalName, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /** Checks every row against the challenge (the firm's own, invite-only); invites nobody. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Line> preview(long challengeId, List<List<String>> rows) {
        ChallengeDraft draft = inviteOnly(challengeId);
        if (rows.isEmpty()) {
            throw new UserFacingException("import.error.empty");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.toLowerCase(Locale.ROOT).strip()).toList();
        int name = column(header, "organisation", "organization", "organisation name", "organization name", "name",
                "organizzazione", "ragione sociale", "nome");
        int email = column(header, "e-mail", "email", "mail", "contact", "contatto", "e-mail contatto", "contact e-mail");
        int vat = column(header, "vat", "vat number", "partita iva", "p.iva", "vat (optional)", "p. iva", "piva");
        if (name < 0 || email < 0) {
            throw new UserFacingException("import.org.error.columns");
        }
        Long own = CurrentUser.require().organisationId();
        Set<String> seenEmails = new HashSet<>();
        Set<Long> seenOrganisations = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String orgName = cell(row, name);
            String address = AccountService.normaliseEmail(cell(row, email));
            String vatNumber = cell(row, vat);
            Optional<OrganisationRef> found = Optional.empty();
            String problem = problem(orgName, address, vatNumber);
            if (problem == null) {
                found = resolve(orgName, address, vatNumber);
                problem = found.isEmpty() ? "import.org.error.unknown"
                        : !seenEmails.add(address) || !seenOrganisations.add(found.get().id()) ? "import.org.error.repeated"
                        : found.get().id() == (own == null ? -1L : own) ? "import.org.error.own"
                        : draft.getInvitedOrganisations().contains(found.get().id()) ? "import.org.error.alreadyInvited"
                        : null;
            }
            lines.add(new Line(r + 1, orgName, address, vatNumber, found.map(OrganisationRef::id).orElse(null),
                    found.map(OrganisationRef::name).orElse(null), problem));
        }
        return lines;
    }

    /**
     * Invites the organisations of the rows without a problem, in one change of the challenge (a second confirmation,
     * or a colleague's at the same time, invites nobody twice; two at once both land); returns how many were invited now.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    public int invite(long challengeId, List<Line> lines) {
        inviteOnly(challengeId);
        Long own = CurrentUser.require().organisationId();
        List<Long> wanted = lines.stream().filter(Line::ok).map(Line::organisationId)
                .filter(id -> id != null && !id.equals(own)).distinct().toList();
        // the lines come back from the page: only organisations that exist, never the firm's own
        Set<Long> existing = organisations.names(wanted).keySet();
        List<Long> invite = wanted.stream().filter(existing::contains).toList();
        // a colleague's import (or invitation) saved the list in between: adding to a set is safe to repeat on the
        // fresh list, so try again rather than ask the manager to; each attempt is its own transaction
        for (int attempt = 1; ; attempt++) {
            try {
                return invitations.inviteAll(challengeId, invite);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw new UserFacingException("error.concurrentEdit");
                }
            }
        }
    }

    private static final int ATTEMPTS = 3;

    private ChallengeDraft inviteOnly(long challengeId) {
        ChallengeDraft draft = editor.draft(challengeId);
        if (draft.getVisibility() != Visibility.INVITE_ONLY) {
            throw new UserFacingException("import.org.error.notInviteOnly");
        }
        return draft;
    }

    private Optional<OrganisationRef> resolve(String orgName, String address, String vat) {
        if (!vat.isBlank()) {
            return organisations.byVat(vat);
        }
        return organisations.ofMember(address).filter(o -> o.name().strip().equalsIgnoreCase(orgName.strip()));
    }

    private static String problem(String orgName, String address, String vat) {
        if (orgName.isBlank()) {
            return "import.org.error.name";
        }
        try {
            AccountService.requireValidEmail(address);
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        return vat.isBlank() ? null : Organisations.vatProblem(vat);
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
