package it.convergo.account;

import it.convergo.audit.AuditLog;
import it.convergo.base.i18n.Translations;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an identity asserted by an OpenID Connect provider into the same {@link AccountPrincipal} the password
 * login produces. The first sign-in links the provider's subject to an account: the existing one with the same
 * address only when the provider verified that address, otherwise a new applicant account without a password
 * and without an organisation. Later sign-ins follow the stored subject. Disabled and erased accounts never
 * sign in this way. A lock-out after wrong passwords guards the password only and does not stop a sign-in the
 * provider vouches for (nor does such a sign-in lift it).
 */
@Service
public class SingleSignOn {

    /** Why a sign-in was refused; the reason picks the message of the sign-in page. */
    public static final class Refused extends RuntimeException {

        private final String reason;

        Refused(String reason) {
            super("single sign-on refused: " + reason);
            this.reason = reason;
        }

        /** "disabled", "unverified" (the address belongs to an account and the provider did not verify it) or "noEmail". */
        public String reason() {
            return reason;
        }
    }

    private static final String ERASED_DOMAIN = "@erased.invalid";
    private static final int RACE_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final UserRepository users;
    private final SsoLinks links;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SingleSignOn(UserRepository users, SsoLinks links, AuditLog audit, Clock clock, PlatformTransactionManager txManager) {
        this.users = users;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(txManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Signs in, each attempt in its own transaction. Two first sign-ins of the same subject at the same time (two
     * tabs, a double click on the provider's button) both find no link and both try to link; the unique keys of
     * the link and of the address let one commit and refuse the other, which then reads the winner's link in a
     * new transaction and signs in as the same account, without an error.
     */
    public AccountPrincipal signIn(SsoIdentity identity) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> attempt(identity));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
                if (attempt >= RACE_ATTEMPTS) {
                    throw race;
                }
                log.info("Concurrent first sign-in of the same subject at {}: reading the winner's link", identity.provider());
                pause(attempt);
            }
        }
    }

    /** A short wait before reading again, for a database that refuses the loser before the winner commits. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private AccountPrincipal attempt(SsoIdentity identity) {
        UserAccount user = links.userOf(identity.provider(), identity.subject())
                .flatMap(users::findById)
                .orElseGet(() -> firstSignIn(identity));
        if (user.isDisabled() || user.getEmail().endsWith(ERASED_DOMAIN)) {
            throw new Refused("disabled");
        }
        Organisation org = user.getOrganisation();
        // the current password hash (null for accounts made here) only feeds the session's credential stamp, so a
        // later password reset or a disabling ends this session like any other; it is erased before it is kept
        AccountPrincipal principal = new AccountPrincipal(user.getId(), user.getEmail(), user.getFullName(),
                org == null ? null : org.getId(), org == null ? null : org.getName(), user.getRoles(),
                user.getPasswordHash(), true, false);
        principal.eraseCredentials();
        return principal;
    }

    /** Audits a completed sign-in; called once the session holds the principal, so the entry names the person. */
    @Transactional
    public void recordSignIn(String provider) {
        AccountPrincipal me = CurrentUser.require();
        audit.record("account.ssoSignIn", "user:" + me.userId(), provider);
    }

    private UserAccount firstSignIn(SsoIdentity identity) {
        String email = AccountService.normaliseEmail(identity.email());
        if (email.length() > AccountLimits.EMAIL || !AccountService.EMAIL.matcher(email).matches()
                || email.endsWith(ERASED_DOMAIN)) {
            throw new Refused("noEmail");
        }
        Instant now = clock.instant();
        UserAccount user = users.findByEmail(email).orElse(null);
        if (user != null) {
            if (!identity.emailVerified()) {
                throw new Refused("unverified");
            }
            if (user.isDisabled()) {
                throw new Refused("disabled");
            }
            if (!user.isEmailConfirmed()) {
                user.confirmEmail();
            }
            links.link(identity.provider(), identity.subject(), user.getId(), now);
            audit.record("account.ssoLinked", "user:" + user.getId(), identity.provider());
            return user;
        }
        user = new UserAccount(email, nameOf(identity, email), null, EnumSet.of(Role.APPLICANT), now);
        if (identity.emailVerified()) {
            user.confirmEmail();
        }
        user.setLanguage(Translations.supported(Locale.forLanguageTag(
                identity.locale() == null ? "it" : identity.locale())).getLanguage());
        users.save(user);
        links.link(identity.provider(), identity.subject(), user.getId(), now);
        audit.record("account.ssoRegistered", "user:" + user.getId(), email + " / " + identity.provider());
        return user;
    }

    private static String nameOf(SsoIdentity identity, String email) {
        String name = identity.fullName() == null || identity.fullName().isBlank()
                ? email.substring(0, email.indexOf('@')) : identity.fullName().strip();
        return name.length() > AccountLimits.FULL_NAME ? name.substring(0, AccountLimits.FULL_NAME) : name;
    }
}
