package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.OrganisationRef;
import it.convergo.account.OrganisationSize;
import it.convergo.account.OrganisationType;
import it.convergo.account.Organisations;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.workflow.ChallengeLifecycle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Realistic challenges of the two demo lead firms, in Italian and English, in every state: a draft, an
 * upcoming one, one closing in two days, ones open for weeks (one invite-only), a closed one. Published
 * ones get their lifecycle; those whose opening (or closing) time has passed are opened (closed) by the
 * overdue timers as soon as the job executor starts, through the same listener as in production.
 */
@Component
@ConditionalOnProperty(name = "convergo.demo-data", havingValue = "true")
public class DemoChallenges {

    private static final Logger log = LoggerFactory.getLogger(DemoChallenges.class);
    static final String PADANA = "Meccanica Padana S.p.A.";
    static final String CERAMICHE = "Ceramiche Emiliane Group S.p.A.";

    private final ChallengeRepository challenges;
    private final ChallengeFileRepository files;
    private final NdaRepository ndas;
    private final ClarificationRepository clarifications;
    private final Slugs slugs;
    private final Organisations organisations;
    private final UserDetailsService users;
    private final ChallengeLifecycle lifecycle;
    private final Clock clock;

    DemoChallenges(ChallengeRepository challenges, ChallengeFileRepository files, NdaRepository ndas,
                   ClarificationRepository clarifications, Slugs slugs, Organisations organisations,
                   UserDetailsService users, ChallengeLifecycle lifecycle, Clock clock) {
        this.challenges = challenges;
        this.files = files;
        this.ndas = ndas;
        this.clarifications = clarifications;
        this.slugs = slugs;
        this.organisations = organisations;
        this.users = users;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Transactional
    public void create() {
        OrganisationRef padana = firm(PADANA);
        OrganisationRef ceramiche = firm(CERAMICHE);
        if (padana == null || ceramiche == null) {
            log.warn("Demo lead firms not found: no demo challenges");
            return;
        }
        LocalDateTime today = LocalDateTime.now(clock.withZone(Times.ROME)).truncatedTo(ChronoUnit.HOURS);

        ChallengeDraft presses = italian("Manutenzione predittiva delle presse a iniezione",
                "Cerchiamo soluzioni per prevedere i guasti delle nostre 40 presse a iniezione prima che fermino la linea.",
                """
                Meccanica Padana produce componenti in plastica tecnica per l'automotive su **tre turni**. Ogni fermo \
                imprevisto di una pressa costa in media 6 ore di produzione.

                Cerchiamo una soluzione che:

                - raccolga i dati già disponibili dai PLC (pressioni, temperature, tempi ciclo);
                - segnali con almeno **48 ore di anticipo** i guasti di pompe idrauliche e resistenze;
                - si integri con il nostro MES senza sostituirlo.

                Maggiori dettagli nel bando allegato.""",
                "Fermi macchina non pianificati sulle presse Engel e Arburg, soprattutto su pompe e riscaldatori.",
                "Un pilota di 6 mesi su 5 presse con un modello che riduca i fermi non pianificati del 30%.",
                Sector.AUTOMOTIVE, EnumSet.of(TechnologyArea.INDUSTRIAL_IOT, TechnologyArea.AI_MACHINE_LEARNING), 4, 7);
        presses.setRewards(new ArrayList<>(List.of(new RewardDef(RewardType.PRIZE_MONEY, "Premio al vincitore", new BigDecimal("30000")),
                new RewardDef(RewardType.PILOT_CONTRACT, "Contratto di pilota su 5 presse", new BigDecimal("80000")))));
        presses.setQuestions(new ArrayList<>(List.of(
                new QuestionDef(QuestionType.LONG_TEXT, "Which data does your model need?", "Di quali dati ha bisogno il vostro modello?", true, 2000, null, List.of()),
                new QuestionDef(QuestionType.SINGLE_CHOICE, "Deployment", "Installazione", true, null, null, List.of("Cloud", "On-premise", "Edge")),
                new QuestionDef(QuestionType.PDF_UPLOAD, "Reference case", "Caso di riferimento", false, null, 5, List.of()))));
        long pressesId = publish(padana, presses, today.minusDays(20).withHour(9), today.plusDays(40).withHour(17));
        brief(pressesId, "Bando - Manutenzione predittiva.pdf", "Manutenzione predittiva delle presse a iniezione",
                "Meccanica Padana S.p.A. - bando della sfida di innovazione");
        faq(pressesId, "anna.conti@sensoria.demo", "Possiamo installare sensori aggiuntivi sulle presse durante il pilota?",
                "Sì, purché non richiedano modifiche all'impianto idraulico. Le installazioni vanno concordate con la manutenzione.");

        ChallengeDraft vision = english("Zero-defect machining: in-line inspection with computer vision",
                "Detect surface defects on machined aluminium housings at line speed, before they reach assembly.",
                """
                Our CNC cells machine **1,200 aluminium housings per shift**. Today 2% of them are inspected by hand \
                at the end of the line, and defects (scratches, burrs, porosity) are found too late.

                We are looking for an in-line vision system that inspects **every part** within the 40-second cycle, \
                explains its decisions to operators and learns new defect types with few examples.""",
                "Manual end-of-line inspection misses defects and cannot keep up with the line.",
                "A working prototype on one cell and a plan to roll it out to the other eleven.",
                Sector.MECHANICAL_ENGINEERING, EnumSet.of(TechnologyArea.QUALITY_INSPECTION, TechnologyArea.AI_MACHINE_LEARNING, TechnologyArea.ROBOTICS), 5, 8);
        vision.setRewards(new ArrayList<>(List.of(new RewardDef(RewardType.PROOF_OF_CONCEPT, "Paid proof of concept", new BigDecimal("45000")),
                new RewardDef(RewardType.FACILITIES, "Access to our test cell in Brescia", null))));
        vision.setEligibleTypes(new HashSet<>(Set.of(OrganisationType.STARTUP, OrganisationType.SME, OrganisationType.RESEARCH_CENTRE, OrganisationType.UNIVERSITY)));
        vision.setIpTerms(IpTerms.LICENCE_TO_FIRM);
        vision.setBlindEvaluation(true);
        publish(padana, vision, today.minusDays(28).withHour(9), today.plusDays(2).withHour(17));

        ChallengeDraft heat = italian("Recupero del calore dai forni di trattamento termico",
                "Bozza: come recuperare il calore dei forni di tempra per il riscaldamento dello stabilimento.",
                "Bozza in preparazione con l'ufficio energia.", "", "", Sector.ENERGY_UTILITIES,
                EnumSet.of(TechnologyArea.ENERGY_EFFICIENCY), 3, 6);
        save(padana, heat, null);

        ChallengeDraft glazes = italian("Smalti ceramici circolari dagli scarti di produzione",
                "Trasformare fanghi di smaltatura e scarti cotti in nuove materie prime per smalti.",
                """
                Ogni anno i nostri stabilimenti di Sassuolo producono **4.000 tonnellate** di fanghi di smaltatura e \
                scarti cotti. Vogliamo riportarli nel ciclo produttivo come materie prime seconde per smalti e ingobbi, \
                con qualità costante e senza piombo né metalli pesanti.""",
                "Costi di smaltimento crescenti e materie prime vergini sempre più care.",
                "Una formulazione validata in laboratorio e una prova industriale su una linea.",
                Sector.CERAMICS_MATERIALS, EnumSet.of(TechnologyArea.CIRCULAR_ECONOMY, TechnologyArea.ADVANCED_MATERIALS), 3, 6);
        glazes.setRewards(new ArrayList<>(List.of(new RewardDef(RewardType.PILOT_CONTRACT, "Prova industriale finanziata", new BigDecimal("60000")),
                new RewardDef(RewardType.MENTORING, "Affiancamento del nostro laboratorio R&S", null))));
        glazes.setNdaRequired(true);
        glazes.setNdaText("Il proponente si impegna a mantenere riservate le informazioni tecniche ricevute durante la sfida.");
        glazes.setEligibleRegions(new HashSet<>(Set.of(Region.EMILIA_ROMAGNA, Region.LOMBARDIA, Region.VENETO, Region.TOSCANA)));
        glazes.setEligibleCountries("IT");
        publish(ceramiche, glazes, today.plusDays(10).withHour(9), today.plusDays(70).withHour(17));

        ChallengeDraft kiln = english("Digital twin of the tunnel kiln",
                "A digital twin that predicts tile quality from kiln conditions and suggests set-points.",
                """
                Our 160-metre tunnel kiln fires porcelain tiles at 1,210 °C. Small drifts in the firing curve cause \
                **calibre and shade variations** that we discover only at sorting.""",
                "Shade and calibre variations discovered only at the end of the line.",
                "A validated digital twin running alongside the kiln for three months.",
                Sector.CERAMICS_MATERIALS, EnumSet.of(TechnologyArea.DIGITAL_TWIN, TechnologyArea.ENERGY_EFFICIENCY), 4, 7);
        kiln.setRewards(new ArrayList<>(List.of(new RewardDef(RewardType.PRIZE_MONEY, "Prize", new BigDecimal("25000")))));
        publish(ceramiche, kiln, today.minusDays(90).withHour(9), today.minusDays(10).withHour(17));

        ChallengeDraft glazing = english("Robotic glazing cell for large slabs",
                "Invite-only: a robotic cell that glazes 1.6 x 3.2 m slabs without overspray.",
                "Confidential challenge for selected partners. Ask Ceramiche Emiliane for the access code.",
                "Manual glazing of large slabs is slow and wastes glaze.", "A cell installed on one line.",
                Sector.CERAMICS_MATERIALS, EnumSet.of(TechnologyArea.ROBOTICS), 5, 8);
        glazing.setVisibility(Visibility.INVITE_ONLY);
        glazing.setAccessCode("CERAMICA-2027");
        publish(ceramiche, glazing, today.minusDays(5).withHour(9), today.plusDays(30).withHour(17));
        log.info("Demo challenges created (the access code of the invite-only one is CERAMICA-2027)");
    }

    private OrganisationRef firm(String name) {
        return organisations.idNamed(name).map(id -> new OrganisationRef(id, name)).orElse(null);
    }

    private ChallengeDraft italian(String title, String summary, String description, String problem, String outcome,
                                   Sector sector, Set<TechnologyArea> areas, int trlMin, int trlMax) {
        return draft("it", title, summary, description, problem, outcome, sector, areas, trlMin, trlMax);
    }

    private ChallengeDraft english(String title, String summary, String description, String problem, String outcome,
                                   Sector sector, Set<TechnologyArea> areas, int trlMin, int trlMax) {
        return draft("en", title, summary, description, problem, outcome, sector, areas, trlMin, trlMax);
    }

    private ChallengeDraft draft(String language, String title, String summary, String description, String problem,
                                 String outcome, Sector sector, Set<TechnologyArea> areas, int trlMin, int trlMax) {
        ChallengeDraft d = new ChallengeDraft();
        d.setLanguage(language);
        d.setTitle(title);
        d.setSummary(summary);
        d.setDescription(description);
        d.setProblem(problem);
        d.setExpectedOutcome(outcome);
        d.setSector(sector);
        d.setAreas(new HashSet<>(areas));
        d.setTrlMin(trlMin);
        d.setTrlMax(trlMax);
        d.setMaxSize(OrganisationSize.MEDIUM);
        d.setCriteria(new ArrayList<>(CriterionDef.defaults("it".equals(language))));
        d.setQuestions(new ArrayList<>(List.of(new QuestionDef(QuestionType.LONG_TEXT, "Why is your team the right one?",
                "Perché il vostro team è quello giusto?", true, 1500, null, List.of()))));
        return d;
    }

    private long save(OrganisationRef firm, ChallengeDraft d, Instant publishedAt) {
        ChallengeValidation.checkSavable(d);
        Challenge c = new Challenge(firm.id(), clock.instant());
        DraftMapping.apply(d, c, true);
        c.slug = slugs.unique(d.getTitle(), null);
        c.refreshSearchText(firm.name());
        if (publishedAt != null) {
            c.status = ChallengeStatus.SCHEDULED;
            c.publishedAt = publishedAt;
            if (c.ndaRequired) {
                c.ndaVersion = 1;
            }
        }
        c = challenges.saveAndFlush(c);
        if (c.ndaVersion == 1) {
            ndas.save(new NdaVersion(c.getId(), 1, c.ndaText, publishedAt));
        }
        return c.getId();
    }

    /**
     * Published with its lifecycle; overdue timers open (and close) it right away, so the demo proposals
     * that follow find the open challenges.
     */
    private long publish(OrganisationRef firm, ChallengeDraft d, LocalDateTime opens, LocalDateTime closes) {
        d.setOpensAt(opens);
        d.setClosesAt(closes);
        d.setEvaluationEndsAt(closes.plusDays(30));
        d.setResultsAt(closes.plusDays(45));
        Instant publishedAt = ChallengeValidation.rome(opens).minus(Duration.ofDays(7));
        long id = save(firm, d, publishedAt);
        lifecycle.start(id, ChallengeValidation.rome(opens), ChallengeValidation.rome(closes));
        lifecycle.runDueTimers(id, clock.instant());
        lifecycle.runDueTimers(id, clock.instant());
        return id;
    }

    private void faq(long challengeId, String askerEmail, String question, String answer) {
        long asker;
        try {
            asker = ((AccountPrincipal) users.loadUserByUsername(askerEmail)).userId();
        } catch (UsernameNotFoundException e) {
            return;
        }
        Clarification q = new Clarification(challengeId, asker, question, clock.instant().minus(Duration.ofDays(6)));
        q.answer = answer;
        q.publicAnswer = true;
        q.answeredAt = clock.instant().minus(Duration.ofDays(5));
        clarifications.save(q);
    }

    private void brief(long challengeId, String fileName, String title, String subtitle) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
                text.newLineAtOffset(60, 700);
                text.showText(title);
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(0, -28);
                text.showText(subtitle);
                text.endText();
            }
            pdf.save(out);
            byte[] bytes = out.toByteArray();
            ChallengeFile f = new ChallengeFile(challengeId, ChallengeFile.Kind.BRIEF);
            f.fileName = fileName;
            f.contentType = "application/pdf";
            f.content = bytes;
            f.sizeBytes = bytes.length;
            f.sha256 = UploadChecks.sha256(bytes);
            f.pages = UploadChecks.checkPdf(bytes);
            f.uploadedAt = clock.instant();
            files.save(f);
        } catch (IOException e) {
            log.warn("Demo brief not created", e);
        }
    }
}
