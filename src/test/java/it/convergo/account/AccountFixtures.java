package it.convergo.account;

import it.convergo.base.TechnologyArea;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates ready-to-use accounts and organisations for tests. Names are unique per call, so tests never
 * depend on each other's data, on H2 or on a shared MySQL database.
 */
@Component
public class AccountFixtures {

    public static final String PASSWORD = "Sicura-Parola-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder encoder;
    private final String passwordHash;

    AccountFixtures(UserRepository users, OrganisationRepository organisations, PasswordEncoder encoder) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + RUN + "." + SEQUENCE.incrementAndGet() + "@test.convergo.it";
    }

    /** A valid Italian partita IVA never used before in this run. */
    public static String uniqueVat() {
        String base = String.format("%010d", Math.abs((RUN + SEQUENCE.incrementAndGet()).hashCode()) % 1_000_000_000L + 1_000_000_000L)
                .substring(0, 10);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = base.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return base + (10 - sum % 10) % 10;
    }

    @Transactional
    public Organisation organisation(String name, OrganisationType type) {
        return organisations.save(new Organisation(name + " " + SEQUENCE.incrementAndGet(), type, "IT", uniqueVat(),
                Region.LOMBARDIA, OrganisationSize.SMALL, Instant.now()));
    }

    /** An active, confirmed account with the given roles. */
    @Transactional
    public UserAccount user(String prefix, Organisation organisation, Role... roles) {
        return user(prefix, organisation, Set.of(), roles);
    }

    @Transactional
    public UserAccount user(String prefix, Organisation organisation, Set<TechnologyArea> expertise, Role... roles) {
        UserAccount user = new UserAccount(uniqueEmail(prefix), "Test " + prefix, organisation,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), Instant.now());
        user.setPasswordHash(passwordHash);
        user.confirmEmail();
        user.setLanguage("en");
        user.setExpertise(expertise);
        return users.save(user);
    }

    @Transactional(readOnly = true)
    public UserAccount reload(long id) {
        return users.findWithOrganisation(id).orElseThrow();
    }

    public boolean passwordMatches(long userId, String password) {
        return encoder.matches(password, users.findById(userId).orElseThrow().getPasswordHash());
    }
}
