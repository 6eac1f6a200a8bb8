package it.convergo.account;

import it.convergo.audit.AuditLog;
import it.convergo.base.BaseUrl;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to optional e-mails and to the directory listing (GDPR article 7): every decision is appended with the
 * hash of the exact text shown, where it was taken and when; nothing is ever overwritten, and the latest decision
 * counts. No decision means no consent: optional mails ask {@link #allows} before they are queued and carry a
 * one-click unsubscribe link that needs no sign-in.
 */
@Service
public class Consents {

    private final ConsentTable table;
    private final UserRepository users;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    Consents(ConsentTable table, UserRepository users, Translations translations, AuditLog audit, Clock clock,
             @Value("${convergo.base-url}") String baseUrl) {
        this.table = table;
        this.users = users;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /** Whether the person consents now to the purpose; callers that queue optional mails ask this first. */
    @Transactional(readOnly = true)
    public boolean allows(long userId, ConsentPurpose purpose) {
        return table.current(userId, purpose).orElse(false);
    }

    /** Who consents now to the purpose (account ids), for a job that mails them all. */
    @Transactional(readOnly = true)
    public Set<Long> consenting(ConsentPurpose purpose) {
        return Set.copyOf(table.consenting(purpose));
    }

    /** My current decision on each e-mail purpose (false where I never decided). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<ConsentPurpose, Boolean> mine() {
        long me = CurrentUser.require().userId();
        Map<ConsentPurpose, Boolean> state = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            if (p.email()) {
                state.put(p, allows(me, p));
            }
        }
        return state;
    }

    /** Gives or withdraws my consent to an e-mail purpose from my profile; the same decision twice is kept once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMine(ConsentPurpose purpose, boolean given) {
        if (!purpose.email()) {
            throw new UserFacingException("consent.error.notHere");
        }
        record(CurrentUser.require().userId(), purpose, given, ConsentSource.PROFILE);
    }

    /**
     * The signed-in member published or withdrew their organisation's profile in the directory: their decision is
     * recorded with the text of the editor's checkbox. Called by the network in the transaction that saves it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void directoryListing(boolean listed) {
        record(CurrentUser.require().userId(), ConsentPurpose.DIRECTORY_LISTING, listed, ConsentSource.NETWORK_PROFILE);
    }

    /** Registration's unchecked-by-default box; nothing is recorded when it stays unchecked. */
    void atRegistration(long userId, boolean marketingEmails) {
        if (marketingEmails) {
            record(userId, ConsentPurpose.MARKETING_EMAILS, true, ConsentSource.REGISTRATION);
        }
    }

    /**
     * A new one-click unsubscribe address for an optional mail to this person, in the caller's transaction. Only the
     * hash of its secret is stored; the link works without signing in and as often as it is followed.
     */
    @Transactional
    public String unsubscribeLink(long userId, ConsentPurpose purpose) {
        String secret = Tokens.newSecret();
        table.storeToken(Tokens.hash(secret), userId, purpose, clock.instant());
        return baseUrl + "/unsubscribe/" + secret;
    }

    /** Following an unsubscribe link: withdraws its purpose (once; again changes nothing). Empty for an unknown link. */
    @Transactional
    public Optional<ConsentPurpose> unsubscribe(String secret) {
        return byLink(secret, false);
    }

    /** The unsubscribe page's "I changed my mind": gives the consent back through the same link. */
    @Transactional
    public Optional<ConsentPurpose> resubscribe(String secret) {
        return byLink(secret, true);
    }

    private Optional<ConsentPurpose> byLink(String secret, boolean given) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<ConsentTable.TokenOwner> owner = table.tokenOwner(Tokens.hash(secret));
        owner.ifPresent(o -> record(o.userId(), o.purpose(), given, ConsentSource.UNSUBSCRIBE_LINK));
        return owner.map(ConsentTable.TokenOwner::purpose);
    }

    /** How many people consent now, per purpose, for the register of processing. */
    @Transactional(readOnly = true)
    Map<ConsentPurpose, Long> counts() {
        return table.givenCounts();
    }

    /**
     * An erased person withdraws every consent still given, so the kept proofs end in a withdrawal. Not audited: the
     * audit trail was already given the alias, and a new entry would name the person again.
     */
    void withdrawAllAtErasure(long userId) {
        for (ConsentPurpose p : ConsentPurpose.values()) {
            if (allows(userId, p)) {
                append(userId, p, false, ConsentSource.ERASURE);
            }
        }
    }

    /** Appends a decision unless it is already the current one (a double click, a link followed twice). */
    void record(long userId, ConsentPurpose purpose, boolean given, ConsentSource source) {
        if (table.current(userId, purpose).map(c -> c == given).orElse(!given)) {
            return;
        }
        append(userId, purpose, given, source);
        audit.record(given ? "consent.given" : "consent.withdrawn", "user:" + userId, purpose + " / " + source);
    }

    private void append(long userId, ConsentPurpose purpose, boolean given, ConsentSource source) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
        Locale locale = Translations.supported(Locale.forLanguageTag(user.getLanguage() == null ? "it" : user.getLanguage()));
        String text = translations.get(purpose.textKey(), locale);
        table.append(userId, purpose, given, Tokens.hash(text), locale.getLanguage(), source, clock.instant());
    }
}
