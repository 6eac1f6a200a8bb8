package it.convergo.account;

import it.convergo.base.TechnologyArea;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo cast, created once into an empty database when {@code convergo.demo-data} is on: a network
 * admin, two lead firms, a start-up, an SME, a university lab and three evaluators. All share the
 * documented demo password.
 */
@Component
@ConditionalOnProperty(name = "convergo.demo-data", havingValue = "true")
public class DemoAccounts {

    public static final String PASSWORD = "Convergo2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserRepository users, OrganisationRepository organisations, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Returns false when the database already had users, so later demo steps know not to run again. */
    @Transactional
    public boolean createIfEmpty() {
        if (users.count() > 0) {
            return false;
        }
        String hash = encoder.encode(PASSWORD);
        Organisation padana = org("Meccanica Padana S.p.A.", OrganisationType.LARGE_COMPANY, "02145670127",
                Region.LOMBARDIA, OrganisationSize.LARGE);
        Organisation ceramiche = org("Ceramiche Emiliane Group S.p.A.", OrganisationType.LARGE_COMPANY, "03987120452",
                Region.EMILIA_ROMAGNA, OrganisationSize.LARGE);
        Organisation sensoria = org("Sensoria Robotics S.r.l.", OrganisationType.STARTUP, "05112233449",
                Region.PIEMONTE, OrganisationSize.MICRO);
        Organisation termiche = org("Officine Termiche Venete S.r.l.", OrganisationType.SME, "07233445563",
                Region.VENETO, OrganisationSize.MEDIUM);
        Organisation polilab = org("Laboratorio di Manifattura Digitale – Università di Brescia",
                OrganisationType.UNIVERSITY, "08455667785", Region.LOMBARDIA, OrganisationSize.LARGE);
        Organisation cnr = org("Istituto per le Tecnologie Industriali", OrganisationType.RESEARCH_CENTRE,
                "09677889900", Region.TOSCANA, OrganisationSize.LARGE);

        user("admin@convergo.demo", "Francesca Marino", null, hash, Set.of(), Role.ADMIN);
        user("giulia.rossi@meccanicapadana.demo", "Giulia Rossi", padana, hash, Set.of(), Role.FIRM_MANAGER);
        user("marco.bianchi@ceramicheemiliane.demo", "Marco Bianchi", ceramiche, hash, Set.of(), Role.FIRM_MANAGER);
        user("anna.conti@sensoria.demo", "Anna Conti", sensoria, hash, Set.of(), Role.APPLICANT);
        user("luca.ferrari@otv.demo", "Luca Ferrari", termiche, hash, Set.of(), Role.APPLICANT);
        user("sara.gallo@unibs-lab.demo", "Sara Gallo", polilab, hash, Set.of(), Role.APPLICANT);
        user("paolo.esposito@itind.demo", "Paolo Esposito", cnr, hash,
                EnumSet.of(TechnologyArea.ROBOTICS, TechnologyArea.AI_MACHINE_LEARNING, TechnologyArea.DIGITAL_TWIN),
                Role.EVALUATOR);
        user("elena.moretti@itind.demo", "Elena Moretti", cnr, hash,
                EnumSet.of(TechnologyArea.ADVANCED_MATERIALS, TechnologyArea.ADDITIVE_MANUFACTURING,
                        TechnologyArea.CIRCULAR_ECONOMY), Role.EVALUATOR);
        user("davide.ricci@consulenza.demo", "Davide Ricci", null, hash,
                EnumSet.of(TechnologyArea.ENERGY_EFFICIENCY, TechnologyArea.INDUSTRIAL_IOT,
                        TechnologyArea.CYBERSECURITY, TechnologyArea.LOGISTICS), Role.EVALUATOR);
        log.info("Demo data created: sign in as admin@convergo.demo with password {}", PASSWORD);
        return true;
    }

    private Organisation org(String name, OrganisationType type, String vat, Region region, OrganisationSize size) {
        return organisations.save(new Organisation(name, type, "IT", vat, region, size, clock.instant()));
    }

    private void user(String email, String name, Organisation org, String hash, Set<TechnologyArea> expertise,
                      Role role) {
        UserAccount user = new UserAccount(email, name, org, EnumSet.of(role), clock.instant());
        user.setPasswordHash(hash);
        user.confirmEmail();
        user.setLanguage("it");
        user.setExpertise(expertise);
        users.save(user);
    }
}
