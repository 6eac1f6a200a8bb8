package it.convergo.account;

import it.convergo.base.BaseUrl;
import it.convergo.audit.AuditLog;
import it.convergo.base.SearchText;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import it.convergo.base.Table;
import it.convergo.notification.MailService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, confirmation, password reset, invitations and the admin's user management.
 * Every method validates everything before it writes, so a refusal leaves nothing half-saved.
 */
@Service
public class AccountService {

    static final Pattern EMAIL = Pattern.compile(AccountLimits.EMAIL_PATTERN);

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final MailService mail;
    private final ResetThrottle resetThrottle;
    private final AuditLog audit;
    private final Translations translations;
    private final Clock clock;
    private final String baseUrl;
    private final Consents consents;
    private final Duration confirmValidity;
    private final Duration resetValidity;
    private final Duration invitationValidity;

    AccountService(UserRepository users, OrganisationRepository organisations, AccountTokenRepository tokens,
                   PasswordEncoder passwordEncoder, MailService mail, ResetThrottle resetThrottle, AuditLog audit,
                   Translations translations, Clock clock,
                   @Value("${convergo.base-url}") String baseUrl,
                   @Value("${convergo.tokens.confirm-hours}") long confirmHours,
                   @Value("${convergo.tokens.reset-minutes}") long resetMinutes,
                   @Value("${convergo.tokens.invitation-days}") long invitationDays, Consents consents) {
        this.users = users;
        this.organisations = organisations;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mail = mail;
        this.resetThrottle = resetThrottle;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
        this.confirmValidity = Duration.ofHours(confirmHours);
        this.resetValidity = Duration.ofMinutes(resetMinutes);
        this.invitationValidity = Duration.ofDays(invitationDays);
        this.consents = consents;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- self-service (anonymous)

    /**
     * Registers an applicant and their organisation (or joins the existing organisation with the same VAT
     * number) and mails a confirmation link. The account cannot sign in until the link is used.
     */
    @Transactional
    public long register(RegistrationForm form) {
        String email = normaliseEmail(form.email());
        var problem = form.problems(false).values().stream().findFirst();
        if (problem.isPresent()) {
            throw new UserFacingException(problem.get(), PasswordPolicy.MIN_LENGTH);
        }
        String country = form.normalisedCountry();
        if (users.existsByEmail(email)) {
            throw new UserFacingException("register.error.emailTaken");
        }
        String vat = VatNumbers.normalise(country, form.vatNumber());
        Organisation organisation = organisations.findByCountryAndVatNumber(country, vat)
                .orElseGet(() -> newOrganisation(form, country, vat));
        UserAccount user = new UserAccount(email, form.fullName().trim(), organisation,
                EnumSet.of(Role.APPLICANT), clock.instant());
        user.setPasswordHash(passwordEncoder.encode(form.password()));
        user.setLanguage(Translations.supported(Locale.forLanguageTag(
                form.language() == null ? "it" : form.language())).getLanguage());
        users.save(user);
        consents.atRegistration(user.getId(), form.marketingEmails());
        String secret = issueToken(user, AccountToken.Purpose.CONFIRM_EMAIL, confirmValidity);
        mail.send(email, localeOf(user), "confirm", user.getFullName(), link("confirm", secret),
                confirmValidity.toHours());
        audit.record("account.registered", "user:" + user.getId(), email + " / " + organisation.getName());
        return user.getId();
    }

    private Organisation newOrganisation(RegistrationForm form, String country, String vat) {
        var problem = form.problems(true).values().stream().findFirst();
        if (problem.isPresent()) {
            throw new UserFacingException(problem.get());
        }
        Region region = "IT".equals(country) ? form.region() : Region.ABROAD;
        return organisations.save(new Organisation(form.organisationName().trim(), form.organisationType(),
                country, vat, region, form.size(), clock.instant()));
    }

    /** The name of the organisation already registered with this VAT number, if any (registration hint). */
    @Transactional(readOnly = true)
    public Optional<String> registeredOrganisationName(String country, String vat) {
        if (country == null || VatNumbers.problem(country, vat) != null) {
            return Optional.empty();
        }
        String c = country.toUpperCase(Locale.ROOT);
        return organisations.findByCountryAndVatNumber(c, VatNumbers.normalise(c, vat)).map(Organisation::getName);
    }

    @Transactional
    public void confirmEmail(String secret) {
        AccountToken token = usableToken(secret, AccountToken.Purpose.CONFIRM_EMAIL);
        token.use(clock.instant());
        token.getUser().confirmEmail();
        audit.record("account.confirmed", "user:" + token.getUser().getId(), null);
    }

    /**
     * Always silent about whether the address exists; mails a link only when it does, and not more often than
     * {@link ResetThrottle} allows per address and per client (a refused request looks the same).
     */
    @Transactional
    public void requestPasswordReset(String email, Locale locale) {
        if (!resetThrottle.allowClient()) {
            return;
        }
        users.findByEmail(normaliseEmail(email)).filter(u -> !u.isDisabled()).filter(resetThrottle::allowAddress)
                .ifPresent(user -> {
                    String secret = issueToken(user, AccountToken.Purpose.RESET_PASSWORD, resetValidity);
                    mail.send(user.getEmail(), localeOf(user), "reset", user.getFullName(), link("reset", secret),
                            resetValidity.toMinutes());
                });
    }

    @Transactional
    public void resetPassword(String secret, String newPassword) {
        AccountToken token = usableToken(secret, AccountToken.Purpose.RESET_PASSWORD);
        UserAccount user = token.getUser();
        requireStrongPassword(newPassword, user.getEmail());
        token.use(clock.instant());
        // every other link of the account dies with this one; the new hash ends every open session
        tokens.useAll(user.getId(), clock.instant());
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.confirmEmail();
        user.unlock();
        audit.record("account.passwordReset", "user:" + user.getId(), null);
    }

    /** Who an invitation is for, so the set-password page can greet them; empty when not usable. */
    @Transactional(readOnly = true)
    public Optional<String> invitationEmail(String secret) {
        return findToken(secret).filter(t -> t.isUsable(AccountToken.Purpose.INVITATION, clock.instant()))
                .map(t -> t.getUser().getEmail());
    }

    @Transactional
    public void acceptInvitation(String secret, String password) {
        AccountToken token = usableToken(secret, AccountToken.Purpose.INVITATION);
        UserAccount user = token.getUser();
        requireStrongPassword(password, user.getEmail());
        token.use(clock.instant());
        user.setPasswordHash(passwordEncoder.encode(password));
        user.confirmEmail();
        audit.record("account.invitationAccepted", "user:" + user.getId(), null);
    }

    // ---------------------------------------------------------------- the signed-in user

    @Transactional(readOnly = true)
    public UserAccount me() {
        return users.findWithOrganisation(CurrentUser.require().userId()).orElseThrow();
    }

    @Transactional
    public void changeLanguage(Locale locale) {
        CurrentUser.get().flatMap(p -> users.findById(p.userId()))
                .ifPresent(u -> u.setLanguage(Translations.supported(locale).getLanguage()));
    }

    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return CurrentUser.get().flatMap(p -> users.findLanguage(p.userId())).map(Locale::forLanguageTag);
    }

    @Transactional(readOnly = true)
    public Set<TechnologyArea> myExpertise() {
        return users.findWithExpertise(CurrentUser.require().userId()).orElseThrow().getExpertise();
    }

    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional
    public void updateMyExpertise(Set<TechnologyArea> areas) {
        UserAccount user = users.findWithExpertise(CurrentUser.require().userId()).orElseThrow();
        user.setExpertise(areas);
        audit.record("account.expertiseChanged", "user:" + user.getId(), areas.toString());
    }

    // ---------------------------------------------------------------- administration

    /** The portal's figures for the admin's overview. */
    public record Overview(long users, long organisations, long pendingInvitations, long lockedAccounts) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Overview overview() {
        Instant now = clock.instant();
        return new Overview(users.count(), organisations.count(),
                tokens.countOutstanding(AccountToken.Purpose.INVITATION, now), users.countLocked(now));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> users(String search, Role role, Pageable pageable) {
        return users.search(SearchText.like(search), role, pageable);
    }

    /** The users the filters find (at most {@link #EXPORT_ROWS}), as a table to download as CSV or XLSX. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Table usersTable(String search, Role role, Locale locale) {
        List<UserAccount> found = users.search(SearchText.like(search), role,
                PageRequest.of(0, EXPORT_ROWS, Sort.by("fullName", "id")));
        Instant now = clock.instant();
        List<List<Object>> rows = found.stream().map(u -> List.<Object>of(u.getFullName(), u.getEmail(),
                u.getOrganisation() == null ? "" : u.getOrganisation().getName(),
                u.getRoles().stream().sorted().map(r -> translations.get(r.labelKey(), locale)).collect(Collectors.joining(", ")),
                translations.get(u.statusKey(now), locale), u.getCreatedAt())).toList();
        return new Table(translations.get("admin.users.title", locale), List.of(translations.get("admin.users.name", locale),
                translations.get("admin.users.email", locale), translations.get("admin.users.organisation", locale),
                translations.get("admin.users.roles", locale), translations.get("admin.users.status", locale),
                translations.get("admin.users.created", locale)), rows);
    }

    /** The most rows an export of users holds. */
    public static final int EXPORT_ROWS = 50_000;

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countUsers(String search, Role role) {
        return users.countSearch(SearchText.like(search), role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserAccount user(long id) {
        return users.findWithOrganisation(id).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Organisation> organisations(String search, OrganisationType type, Pageable pageable) {
        return organisations.search(SearchText.like(search), type, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countOrganisations(String search, OrganisationType type) {
        return organisations.countSearch(SearchText.like(search), type);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createOrganisation(String name, OrganisationType type, String country, String vatNumber,
                                   Region region, OrganisationSize size) {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("register.error.organisationRequired");
        }
        if (type == null) {
            throw new UserFacingException("register.error.organisationType");
        }
        String c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new UserFacingException("register.error.country");
        }
        String vatProblem = VatNumbers.problem(c, vatNumber);
        if (vatProblem != null) {
            throw new UserFacingException(vatProblem);
        }
        String vat = VatNumbers.normalise(c, vatNumber);
        if (organisations.findByCountryAndVatNumber(c, vat).isPresent()) {
            throw new UserFacingException("organisation.error.vatTaken");
        }
        Organisation org = organisations.save(new Organisation(name.trim(), type, c, vat,
                "IT".equals(c) ? region : Region.ABROAD, size, clock.instant()));
        audit.record("organisation.created", "organisation:" + org.getId(), org.getName());
        return org.getId();
    }

    /**
     * Invites a firm manager, evaluator or admin: the account exists at once, the invitee sets a password
     * through the mailed link. Firm managers must belong to an organisation (their firm).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long invite(String email, String fullName, Role role, Long organisationId, Locale language) {
        String normalised = normaliseEmail(email);
        requireValidEmail(normalised);
        if (fullName == null || fullName.isBlank()) {
            throw new UserFacingException("register.error.nameRequired");
        }
        if (role == null) {
            throw new UserFacingException("invite.error.role");
        }
        if (role == Role.FIRM_MANAGER && organisationId == null) {
            throw new UserFacingException("invite.error.firmRequired");
        }
        if (users.existsByEmail(normalised)) {
            throw new UserFacingException("register.error.emailTaken");
        }
        Organisation org = organisationId == null ? null : organisations.findById(organisationId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        UserAccount user = new UserAccount(normalised, fullName.trim(), org, EnumSet.of(role), clock.instant());
        user.setLanguage(Translations.supported(language).getLanguage());
        users.save(user);
        String secret = issueToken(user, AccountToken.Purpose.INVITATION, invitationValidity);
        mail.send(normalised, localeOf(user), "invitation", user.getFullName(), link("invitation", secret),
                invitationValidity.toDays(), translations.get(role.labelKey(), localeOf(user)));
        audit.record("account.invited", "user:" + user.getId(), normalised + " as " + role);
        return user.getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void grant(long userId, Role role) {
        UserAccount user = user(userId);
        if (role == Role.FIRM_MANAGER && user.getOrganisation() == null) {
            throw new UserFacingException("invite.error.firmRequired");
        }
        user.grant(role);
        audit.record("account.roleGranted", "user:" + userId, role.name());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long userId, Role role) {
        if (role == Role.ADMIN && CurrentUser.require().userId() == userId) {
            throw new UserFacingException("admin.error.ownAdminRole");
        }
        UserAccount user = user(userId);
        user.revoke(role);
        audit.record("account.roleRevoked", "user:" + userId, role.name());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setDisabled(long userId, boolean disabled) {
        if (CurrentUser.require().userId() == userId) {
            throw new UserFacingException("admin.error.ownAccount");
        }
        user(userId).setDisabled(disabled);
        audit.record(disabled ? "account.disabled" : "account.enabled", "user:" + userId, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long userId) {
        user(userId).unlock();
        audit.record("account.unlocked", "user:" + userId, null);
    }

    // ---------------------------------------------------------------- directory for other features

    /**
     * Every active evaluator with organisation and expertise, for assignment screens and the optimiser.
     * Callers (firm managers, admins) check their own rights.
     */
    @Transactional(readOnly = true)
    public List<EvaluatorProfile> evaluators() {
        return users.findActiveWithRole(Role.EVALUATOR).stream().map(AccountService::profile).toList();
    }

    /** Name, address and language of people to notify; unknown and disabled accounts are skipped. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Collection<Long> userIds) {
        return users.findAllById(userIds).stream().filter(u -> !u.isDisabled()).map(AccountService::recipient).toList();
    }

    /** Full names by user id (for panels, discussions, audit views). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> userIds) {
        return users.findAllById(userIds).stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName));
    }

    /** The members of an organisation holding a role (a firm's managers, a start-up's applicants), to notify them. */
    @Transactional(readOnly = true)
    public List<Recipient> membersOf(long organisationId, Role role) {
        return users.findByOrganisationIdAndRole(organisationId, role).stream()
                .filter(u -> !u.isDisabled()).map(AccountService::recipient).toList();
    }

    /** Country and VAT number of an organisation ("IT02145670127"), to spot evaluators of the same company. */
    @Transactional(readOnly = true)
    public Optional<String> vatKey(long organisationId) {
        return organisations.findById(organisationId).map(o -> o.getCountry() + o.getVatNumber());
    }

    private static Recipient recipient(UserAccount u) {
        return new Recipient(u.getId(), u.getEmail(), u.getFullName(), localeOf(u));
    }

    private static EvaluatorProfile profile(UserAccount u) {
        Organisation o = u.getOrganisation();
        return new EvaluatorProfile(u.getId(), u.getFullName(), u.getEmail(), o == null ? null : o.getId(),
                o == null ? null : o.getName(), o == null ? null : o.getCountry() + o.getVatNumber(), u.getExpertise());
    }

    // ---------------------------------------------------------------- sign-in bookkeeping

    @Transactional
    void recordFailedLogin(String email, int maxAttempts, Duration lock) {
        users.findByEmail(normaliseEmail(email))
                .ifPresent(u -> u.recordFailedLogin(maxAttempts, clock.instant().plus(lock)));
    }

    @Transactional
    void recordSuccessfulLogin(String email) {
        users.findByEmail(normaliseEmail(email)).ifPresent(UserAccount::recordSuccessfulLogin);
    }

    // ---------------------------------------------------------------- helpers

    private String issueToken(UserAccount user, AccountToken.Purpose purpose, Duration validity) {
        String secret = Tokens.newSecret();
        tokens.save(new AccountToken(Tokens.hash(secret), purpose, user, clock.instant().plus(validity)));
        return secret;
    }

    private Optional<AccountToken> findToken(String secret) {
        return secret == null || secret.isBlank() ? Optional.empty() : tokens.findByHash(Tokens.hash(secret));
    }

    private AccountToken usableToken(String secret, AccountToken.Purpose purpose) {
        Instant now = clock.instant();
        return findToken(secret).filter(t -> t.isUsable(purpose, now))
                .orElseThrow(() -> new UserFacingException("token.error.invalid"));
    }

    private String link(String route, String secret) {
        return baseUrl + "/" + route + "/" + secret;
    }

    private static Locale localeOf(UserAccount user) {
        return user.getLanguage() == null ? Translations.ITALIAN : Locale.forLanguageTag(user.getLanguage());
    }

    public static void requireValidEmail(String email) {
        if (email.length() > AccountLimits.EMAIL || !EMAIL.matcher(email).matches()) {
            throw new UserFacingException("register.error.email");
        }
    }

    private static void requireStrongPassword(String password, String email) {
        String problem = PasswordPolicy.problem(password, email);
        if (problem != null) {
            throw new UserFacingException(problem, PasswordPolicy.MIN_LENGTH);
        }
    }
}
