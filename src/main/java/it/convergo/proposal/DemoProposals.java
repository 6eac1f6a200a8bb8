package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.CatalogueFilter;
import it.convergo.challenge.ChallengeCard;
import it.convergo.challenge.ChallengeNda;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.QuestionDef;
import it.convergo.document.PdfReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo proposals from the demo applicants (Sensoria Robotics, Officine Termiche Venete, the Brescia lab) to
 * the open demo challenges: two submitted with a small generated technical annex, the others left as drafts.
 * They go through the real service, signed in as each applicant, so every rule (open, eligible, NDA,
 * limits) applies; a challenge that refuses an applicant is simply skipped.
 */
@Component
@ConditionalOnProperty(name = "convergo.demo-data", havingValue = "true")
public class DemoProposals {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    private record Story(String email, String title, String acronym, String abstractText, String team, String budgetText,
                         boolean submit) {
    }

    private static final List<Story> STORIES = List.of(
            new Story("anna.conti@sensoria.demo", "Sbavatura adattiva con cobot e visione 3D", "DEBURR-AI",
                    "Un cobot con telecamera 3D riconosce bave e spigoli vivi su pezzi fusi e adatta in tempo reale la traiettoria "
                            + "dell'utensile. Il sistema impara dai pezzi scartati e riduce gli interventi manuali del 70%.",
                    "Anna Conti (CEO, robotica), due ingegneri di visione artificiale e un esperto di controllo del moto; "
                            + "collaborazione con il Politecnico di Torino per la validazione.",
                    "Cella pilota (cobot, sensore 3D, mandrino) 28.000 EUR; sei mesi di integrazione e prove 17.000 EUR.", true),
            new Story("luca.ferrari@otv.demo", "Recupero di calore dai fumi dei forni con gemello digitale", "HEATWISE",
                    "Scambiatori modulari recuperano il calore dei fumi dei forni di trattamento termico e lo rimettono in "
                            + "circolo nel preriscaldo; un gemello digitale regola portate e temperature e stima il risparmio.",
                    "Luca Ferrari (direttore tecnico) e il reparto progettazione di Officine Termiche Venete, 12 persone "
                            + "con esperienza in impianti termici industriali.",
                    "Scambiatore prototipo 22.000 EUR; sensori e software di controllo 9.000 EUR; messa in servizio 8.000 EUR.", true),
            new Story("sara.gallo@unibs-lab.demo", "Riparazione di inserti stampo con deposizione laser", "REPAIR-AM",
                    "Ripariamo inserti di stampi usurati con deposizione laser di polveri metalliche invece di sostituirli, "
                            + "con un ciclo di scansione, riporto e finitura qualificato sui materiali dell'azienda.",
                    "Sara Gallo (ricercatrice) e il Laboratorio di Manifattura Digitale dell'Università di Brescia.",
                    "Prove su dieci inserti e caratterizzazione metallografica.", false),
            new Story("anna.conti@sensoria.demo", "Manutenzione predittiva dei mandrini con sensori di vibrazione", "VIBRA-PM",
                    "Sensori di vibrazione a basso costo sui mandrini delle macchine utensili e un modello che segnala "
                            + "l'usura dei cuscinetti settimane prima del guasto. Bozza in preparazione.",
                    "Anna Conti e un data scientist di Sensoria Robotics.",
                    "Da definire con l'azienda capofila.", false));

    /**
     * The annex describes the work, never the team: the demo's blind challenge shows it to evaluators, and the
     * team (names, organisation) belongs in the form's team field, which blind evaluation hides.
     */
    private static final String WORK_PLAN = "Mesi 1-2: analisi dei pezzi e raccolta dei dati; mesi 3-5: integrazione "
            + "e prove nella cella pilota; mese 6: validazione con la produzione e rapporto finale.";

    private final ProposalDrafts drafts;
    private final ProposalUploads uploads;
    private final ProposalSubmissions submissions;
    private final ProposalRepository proposals;
    private final Catalogue catalogue;
    private final Challenges challenges;
    private final ChallengeNda nda;
    private final UserDetailsService users;

    DemoProposals(ProposalDrafts drafts, ProposalUploads uploads, ProposalSubmissions submissions, ProposalRepository proposals,
                  Catalogue catalogue, Challenges challenges, ChallengeNda nda, UserDetailsService users) {
        this.drafts = drafts;
        this.uploads = uploads;
        this.submissions = submissions;
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.challenges = challenges;
        this.nda = nda;
        this.users = users;
    }

    /** Creates the demo proposals once, into a database that has none. */
    public void createIfEmpty() {
        if (proposals.count() > 0) {
            return;
        }
        CatalogueFilter open = new CatalogueFilter("", Set.of(CatalogueFilter.Phase.OPEN), null, null, null, null, null, null);
        List<ChallengeCard> cards = catalogue.catalogue(open, PageRequest.of(0, 10));
        if (cards.isEmpty()) {
            log.info("No open demo challenge: no demo proposals created");
            return;
        }
        int created = create(cards.stream().map(ChallengeCard::id).toList(), STORIES.stream().map(Story::email).toList());
        log.info("Demo data: {} proposals created", created);
    }

    /**
     * One proposal per story, as the applicant with the matching e-mail: to the challenges in turn, moving on
     * to the next one when a challenge refuses that applicant (eligibility, visibility).
     */
    int create(List<Long> challengeIds, List<String> emails) {
        int created = 0;
        for (int i = 0; i < STORIES.size() && i < emails.size(); i++) {
            Story story = STORIES.get(i);
            try {
                signIn(emails.get(i));
                for (int k = 0; k < challengeIds.size(); k++) {
                    long challengeId = challengeIds.get((i + k) % challengeIds.size());
                    try {
                        createOne(story, challenges.view(challengeId));
                        created++;
                        break;
                    } catch (UserFacingException e) {
                        log.info("Demo proposal {} not created for challenge {}: {}", story.acronym(), challengeId, e.getMessage());
                    }
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return created;
    }

    private void createOne(Story story, ChallengeView c) {
        if (c.ndaRequired()) {
            nda.acceptNda(c.id());
        }
        long id = drafts.start(c.id());
        ProposalDraft d = drafts.draft(id);
        d.setTitle(clip(story.title(), c.form().titleMax()));
        d.setAcronym(clip(story.acronym(), c.form().acronymMax()));
        d.setAbstractText(clip(story.abstractText(), c.form().abstractMax()));
        d.setTeamText(story.team());
        d.setBudgetText(story.budgetText());
        BigDecimal budget = new BigDecimal("45000");
        d.setBudget(c.form().budgetMax() != null && c.form().budgetMax().compareTo(budget) < 0 ? c.form().budgetMax() : budget);
        d.setTrlNow(Math.max(1, c.trlMin()));
        d.setTrlTarget(Math.max(d.getTrlNow(), c.trlMax()));
        List<QuestionDef> questions = c.form().questions();
        for (int q = 0; q < questions.size(); q++) {
            QuestionDef def = questions.get(q);
            int max = ProposalLimits.answerMax(def);
            switch (def.type()) {
                case SHORT_TEXT -> d.getAnswers().put(q, clip(story.acronym() + ": " + story.title(), max));
                case LONG_TEXT -> d.getAnswers().put(q, clip(story.abstractText(), max));
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    if (!def.options().isEmpty()) {
                        d.getAnswers().put(q, def.options().get(def.options().size() > 1 ? 1 : 0));
                    }
                }
                case NUMBER -> d.getAnswers().put(q, "12");
                case YES_NO -> d.getAnswers().put(q, "yes");
                case PDF_UPLOAD -> upload(id, q, story);
            }
        }
        drafts.save(d);
        upload(id, null, story);
        if (story.submit() && drafts.missing(id).isEmpty()) {
            submissions.submit(id, d.getVersion());
        }
    }

    private void upload(long id, Integer pos, Story story) {
        byte[] pdf = PdfReport.create(story.title(), "Convergo · demo")
                .heading("Allegato tecnico — " + story.acronym())
                .paragraph(story.abstractText())
                .facts(List.of(Map.entry("Piano di lavoro", WORK_PLAN), Map.entry("Budget", story.budgetText())))
                .toBytes();
        try {
            Path temp = Files.createTempFile("convergo-demo-", ".pdf");
            try {
                Files.write(temp, pdf);
                uploads.upload(id, pos, story.acronym().toLowerCase(java.util.Locale.ROOT) + "-allegato-tecnico.pdf", temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(String email) {
        AccountPrincipal principal = (AccountPrincipal) users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
