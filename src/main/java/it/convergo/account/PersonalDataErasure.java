package it.convergo.account;

import it.convergo.audit.AuditLog;
import it.convergo.base.PersonalDataSource;
import it.convergo.base.PersonalDataSource.Erasure;
import it.convergo.base.PersonalDataSource.Person;
import it.convergo.base.UserFacingException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's erasure of their own account (GDPR article 17), in one transaction across every feature's
 * {@link PersonalDataSource}: what no one needs is deleted, records that must stay keep an alias instead of the
 * person's name and address (the rules per table are in {@code docs/privacy.md}). The person confirms by
 * typing their address. An administrator is refused until another administrator removes the role, so a
 * portal can never lose its last one this way.
 */
@Service
public class PersonalDataErasure {

    private final List<PersonalDataSource> sources;
    private final UserRepository users;
    private final AuditLog audit;
    private final TransactionTemplate writing;

    PersonalDataErasure(List<PersonalDataSource> sources, UserRepository users, AuditLog audit,
                        PlatformTransactionManager transactions) {
        this.sources = sources;
        this.users = users;
        this.audit = audit;
        this.writing = new TransactionTemplate(transactions);
    }

    /** Erases the signed-in person; the caller signs them out afterwards. */
    @PreAuthorize("isAuthenticated()")
    public void eraseMe(String typedEmail) {
        AccountPrincipal me = CurrentUser.require();
        if (typedEmail == null || !typedEmail.strip().equalsIgnoreCase(me.email())) {
            throw new UserFacingException("profile.erase.mismatch");
        }
        if (me.has(Role.ADMIN)) {
            throw new UserFacingException("profile.erase.admin");
        }
        writing.executeWithoutResult(tx -> {
            UserAccount account = users.findById(me.userId()).orElseThrow(() -> new UserFacingException("error.notFound"));
            boolean last = account.getOrganisation() == null
                    || users.countOtherActiveMembers(account.getOrganisation().getId(), account.getId()) == 0;
            // recorded first, under the person's address, which the audit's own erasure then replaces
            audit.record("account.erased", "user:" + account.getId(), "");
            Erasure erasure = new Erasure(new Person(account.getId(), account.getEmail(), account.getFullName()),
                    aliasOf(account.getId()), last);
            sources.forEach(source -> source.erase(erasure));
        });
    }

    /** What replaces an erased person's name and address where a record stays. */
    static String aliasOf(long userId) {
        return "erased-user-" + userId;
    }
}
