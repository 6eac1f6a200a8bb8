package it.convergo.proposal;

import it.convergo.account.UserAccount;

/** Proposals with texts of their own (the fixtures' default text is the same in every proposal). */
public final class DuplicateTexts {

    public static final String COPIED = """
            Proponiamo un sistema di visione artificiale per il controllo delle saldature sulla linea di assemblaggio:
            quattro telecamere industriali riprendono ogni cordone, un modello addestrato sui difetti tipici segnala
            porosità, cricche e mancanze di fusione entro due secondi, e l'operatore riceve sul pannello la foto del
            pezzo con il difetto evidenziato. Il pilota dura tre mesi su una cella e misura gli scarti evitati.""";
    /** The same text as {@link #COPIED} with a few words changed and a sentence added. */
    public static final String EDITED_COPY = """
            Proponiamo un sistema di visione artificiale per il controllo delle saldature sulla vostra linea di assemblaggio:
            sei telecamere industriali riprendono ogni cordone, un modello addestrato sui difetti tipici segnala
            porosità, cricche e mancanze di fusione entro due secondi, e l'operatore riceve sul tablet la foto del
            pezzo con il difetto evidenziato. Il pilota dura tre mesi su una cella e misura gli scarti evitati.
            Questa proposta è riservata.""";
    private static final String WORDS = """
            We will recover heat from the compressors of the paint shop with a water loop and plate exchangers feed
            it to the washing tunnel cut gas use in winter meters on every loop report energy saved each week plant
            manager maintenance team trained clean quarterly pumps valves boiler insulation ducts fans sensors""";

    /** A text of its own on each call (the words of one topic, shuffled), related to nothing else in the database. */
    public static String unrelated() {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(WORDS.split("\\s+")));
        java.util.Collections.shuffle(words);
        return String.join(" ", words);
    }
    public static final String EARLIER = """
            Un gemello digitale del magazzino simula ogni turno di picking con i dati degli ordini reali, suggerisce
            dove spostare gli articoli più richiesti e riduce i percorsi dei carrelli; lo proviamo per due mesi nel
            magazzino ricambi con i vostri capiturno e misuriamo i metri percorsi e gli ordini evasi per ora.""";

    private DuplicateTexts() {
    }

    /** As the given applicant: a proposal to the open challenge with this title and text, submitted. */
    public static long submitted(ProposalFixtures proposals, ProposalDrafts drafts, UserAccount applicant, long challengeId,
                                 String title, String text) {
        long id = proposals.complete(applicant, challengeId);
        ProposalDraft d = drafts.draft(id);
        d.setTitle(title);
        d.setAbstractText(text);
        drafts.save(d);
        proposals.submit(id);
        return id;
    }
}
