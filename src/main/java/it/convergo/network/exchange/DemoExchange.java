package it.convergo.network.exchange;

import it.convergo.account.AccountService;
import it.convergo.account.Organisations;
import it.convergo.account.Recipient;
import it.convergo.account.Role;
import it.convergo.base.TechnologyArea;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A few needs and offers of the demo organisations, so the board looks alive on first start. */
@Component
public class DemoExchange {

    private final ExchangePostRepository posts;
    private final ExchangeInterestRepository interests;
    private final Organisations organisations;
    private final AccountService accounts;
    private final Clock clock;

    DemoExchange(ExchangePostRepository posts, ExchangeInterestRepository interests, Organisations organisations,
                 AccountService accounts, Clock clock) {
        this.posts = posts;
        this.interests = interests;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Runs in the caller's transaction, once, on an empty board. */
    public void create() {
        if (posts.count() > 0) {
            return;
        }
        Long vision = post("Ceramiche Emiliane Group S.p.A.", PostKind.NEED, Arrangement.CO_DEVELOPMENT,
                TechnologyArea.QUALITY_INSPECTION, null, 60,
                "Controllo in linea delle stonalizzazioni su grandi lastre",
                "Cerchiamo chi sappia rilevare differenze di tono su lastre fino a 160x320 cm a 30 m/min, in linea dopo "
                        + "il forno. Possiamo ospitare una prova sulla linea 4 di Fiorano. Contatto: ufficio innovazione.");
        post("Meccanica Padana S.p.A.", PostKind.NEED, Arrangement.LICENSING, TechnologyArea.ENERGY_EFFICIENCY, null, 45,
                "Recovering heat from compressed-air stations",
                "Our three plants run 1.2 MW of compressors. We look for a proven heat recovery system we can license "
                        + "or buy, with monitoring, to heat offices and process water.");
        post("Laboratorio di Manifattura Digitale – Università di Brescia", PostKind.OFFER, Arrangement.FACILITY_USE,
                TechnologyArea.ADDITIVE_MANUFACTURING, 6, 120,
                "Stampa 3D in metallo (LPBF) su prenotazione",
                "Due stampanti laser powder bed fusion (acciaio, Inconel, titanio), scanner 3D e prove di trazione. "
                        + "Le imprese della rete prenotano a giornate, con un nostro tecnico.");
        post("Istituto per le Tecnologie Industriali", PostKind.OFFER, Arrangement.LICENSING,
                TechnologyArea.CIRCULAR_ECONOMY, 5, 90,
                "Patent: recycling blended textile fibres",
                "A patented process separating cotton and polyester from blended post-consumer textiles, validated on "
                        + "a pilot line (TRL 5). Available for licensing to sorting and spinning companies.");
        Long heat = post("Officine Termiche Venete S.r.l.", PostKind.OFFER, Arrangement.CO_DEVELOPMENT,
                TechnologyArea.ENERGY_EFFICIENCY, 7, 90,
                "Pompa di calore ad alta temperatura per essiccatoi",
                "Prototipo di pompa di calore industriale fino a 120 °C, provato su un essiccatoio alimentare. Cerchiamo "
                        + "un partner per adattarla ai forni ceramici.");
        if (vision != null) {
            interest(vision, "Sensoria Robotics S.r.l.",
                    "Abbiamo un sistema di visione che misura il tono su piastrelle fino a 120x120: ci piacerebbe provarlo.");
        }
        if (heat != null) {
            interest(heat, "Ceramiche Emiliane Group S.p.A.", null);
        }
    }

    private Long post(String organisation, PostKind kind, Arrangement arrangement, TechnologyArea area, Integer trl,
                      int days, String title, String summary) {
        return organisations.idNamed(organisation).map(id -> {
            Instant now = clock.instant();
            ExchangePost p = new ExchangePost(id, author(id), now.minus(Duration.ofDays(3)));
            p.kind = kind;
            p.arrangement = arrangement;
            p.area = area;
            p.trl = trl;
            p.title = title;
            p.summary = summary;
            p.expiresAt = now.plus(Duration.ofDays(days));
            return posts.save(p).getId();
        }).orElse(null);
    }

    private void interest(long postId, String organisation, String note) {
        organisations.idNamed(organisation).ifPresent(id -> {
            Long user = author(id);
            if (user != null) {
                interests.save(new ExchangeInterest(postId, id, user, note, clock.instant()));
            }
        });
    }

    private Long author(long organisationId) {
        return accounts.membersOf(organisationId, Role.FIRM_MANAGER).stream()
                .findFirst().or(() -> accounts.membersOf(organisationId, Role.APPLICANT).stream().findFirst())
                .map(Recipient::userId).orElse(null);
    }
}
