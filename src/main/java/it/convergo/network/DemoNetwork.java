package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.account.Organisations;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;
import it.convergo.network.exchange.DemoExchange;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Profiles, needs and offers of the demo organisations, so the network looks alive on first start (called by the demo). */
@Component
public class DemoNetwork {

    private final InnovatorProfileRepository profiles;
    private final Organisations organisations;
    private final Clock clock;
    private final DemoExchange exchange;

    DemoNetwork(InnovatorProfileRepository profiles, Organisations organisations, Clock clock, DemoExchange exchange) {
        this.profiles = profiles;
        this.exchange = exchange;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public void create() {
        profile("Sensoria Robotics S.r.l.", OrganisationType.STARTUP, Region.PIEMONTE, 6, 9,
                "Sviluppiamo sistemi di visione artificiale e celle robotizzate collaborative per il controllo qualità "
                        + "in linea: rileviamo difetti di smaltatura, crepe e stonalizzazioni su piastrelle e lamiere.",
                "We build machine vision systems and collaborative robot cells for in-line quality inspection: glaze "
                        + "defects, cracks and shade variations on tiles and sheet metal.",
                "machine vision, deep learning, cobot cells, PLC retrofit, defect detection",
                "Pilot on a tile sorting line in Sassuolo (2025); retrofit of two welding cells for a Tier-1 supplier.",
                "ISO 9001", "https://sensoria.example", null,
                Set.of(TechnologyArea.QUALITY_INSPECTION, TechnologyArea.ROBOTICS, TechnologyArea.AI_MACHINE_LEARNING),
                Set.of(Sector.CERAMICS_MATERIALS, Sector.AUTOMOTIVE));
        profile("Officine Termiche Venete S.r.l.", OrganisationType.SME, Region.VENETO, 8, 45,
                "Progettiamo recuperatori di calore, scambiatori e pompe di calore industriali per forni, essiccatoi e "
                        + "impianti alimentari; seguiamo audit energetici e il monitoraggio dei consumi.",
                "We design heat recovery units, heat exchangers and industrial heat pumps for kilns, dryers and food "
                        + "plants; we run energy audits and consumption monitoring.",
                "heat recovery, heat exchangers, industrial heat pumps, energy audits",
                "Heat recovery on three ceramic kilns (-18% gas); pasteurisation line of a dairy in Treviso.",
                "ISO 50001, ISO 14001", "https://otv.example", null,
                Set.of(TechnologyArea.ENERGY_EFFICIENCY, TechnologyArea.INDUSTRIAL_IOT),
                Set.of(Sector.CERAMICS_MATERIALS, Sector.FOOD_BEVERAGE, Sector.ENERGY_UTILITIES));
        profile("Laboratorio di Manifattura Digitale – Università di Brescia", OrganisationType.UNIVERSITY,
                Region.LOMBARDIA, 5, 30,
                "Laboratorio universitario di manifattura additiva e gemelli digitali: stampa 3D in metallo e polimeri, "
                        + "simulazione di processo e messa in servizio virtuale di linee automatiche.",
                "University lab for additive manufacturing and digital twins: metal and polymer 3D printing, process "
                        + "simulation and virtual commissioning of automated lines.",
                "metal 3D printing, laser powder bed fusion, digital twin, virtual commissioning",
                "Joint projects with mechanical firms of the Brescia district; two spin-offs.",
                null, "https://labmd.example",
                "Two metal printers (laser powder bed fusion), a 3D scanner, a tensile testing machine; bookable by "
                        + "companies of the network with a technician.",
                Set.of(TechnologyArea.ADDITIVE_MANUFACTURING, TechnologyArea.DIGITAL_TWIN),
                Set.of(Sector.MECHANICAL_ENGINEERING, Sector.HEALTHCARE));
        profile("Istituto per le Tecnologie Industriali", OrganisationType.RESEARCH_CENTRE, Region.TOSCANA, 4, 120,
                "Centro di ricerca su materiali avanzati, compositi e riciclo: caratterizzazione, prototipi e "
                        + "trasferimento tecnologico verso le PMI.",
                "Research centre on advanced materials, composites and recycling: characterisation, prototypes and "
                        + "technology transfer to SMEs.",
                "composites, materials characterisation, recycling of textile fibres, life cycle assessment",
                "European projects on circular textiles; composite panels for construction with a Tuscan SME.",
                "Accredited laboratory (ISO/IEC 17025)", "https://iti.example",
                "Materials characterisation lab: SEM microscope, rheometers, climatic chambers.",
                Set.of(TechnologyArea.ADVANCED_MATERIALS, TechnologyArea.CIRCULAR_ECONOMY),
                Set.of(Sector.TEXTILE_FASHION, Sector.CONSTRUCTION, Sector.CHEMICALS_PHARMA));
        exchange.create();
    }

    private void profile(String name, OrganisationType type, Region region, int trl, int team, String it, String en,
                         String capabilities, String references, String certifications, String links,
                         String facilities, Set<TechnologyArea> areas, Set<Sector> sectors) {
        organisations.idNamed(name).filter(id -> profiles.findByOrganisationId(id).isEmpty()).ifPresent(id -> {
            InnovatorProfile p = new InnovatorProfile(id, name, type, clock.instant());
            p.listed = true;
            p.descriptionIt = it;
            p.descriptionEn = en;
            p.trl = trl;
            p.teamSize = team;
            p.region = region;
            p.capabilities = capabilities;
            p.references = references;
            p.certifications = certifications;
            p.links = links;
            p.facilities = facilities;
            p.openToPartnering = true;
            p.areas.addAll(areas);
            p.sectors.addAll(sectors);
            p.updatedBy = "demo";
            profiles.save(p);
        });
    }
}
