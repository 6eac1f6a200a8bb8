package it.convergo.proposal;

import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengeRules;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import it.convergo.document.Hashes;
import it.convergo.document.PdfReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Receipts, dossiers and anonymised copies, made with PDFBox; plus the content hash of a submission. */
final class ProposalDocuments {

    private ProposalDocuments() {
    }

    /** The content of a proposal as submitted (or as the working copy stands), in form order. */
    record Snapshot(long proposalId, String challengeTitle, String organisationName, String title, String acronym,
                    String abstractText, String teamText, BigDecimal budget, String budgetText, int trlNow, int trlTarget,
                    List<String> areas, List<ProposalContent.Answer> answers, List<AttachedFile> files) {

        /** The working copy as it stands, with these files. */
        static Snapshot of(Proposal p, ChallengeRules c, String organisationName, List<AttachedFile> files) {
            List<ProposalContent.Answer> answers = answersOf(p, c).stream()
                    .map(a -> new ProposalContent.Answer(a.question, a.answer)).toList();
            List<String> areas = p.areas.stream().sorted().map(Enum::name).toList();
            return new Snapshot(p.getId(), c.title(), organisationName, p.title == null ? "" : p.title, p.acronym,
                    p.abstractText, p.teamText, p.budget, p.budgetText, p.trlNow, p.trlTarget, areas, answers, files);
        }
    }

    /** The working copy's answers to the form's text questions, in form order, labelled in the form's language. */
    static List<ProposalSubmission.SubmittedAnswer> answersOf(Proposal p, ChallengeRules c) {
        List<QuestionDef> questions = c.form().questions();
        Locale formLocale = Locale.forLanguageTag(c.language());
        List<ProposalSubmission.SubmittedAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = p.answers.get(i);
            if (questions.get(i).type() != QuestionType.PDF_UPLOAD && answer != null) {
                answers.add(new ProposalSubmission.SubmittedAnswer(i, Texts.clip(questions.get(i).label(formLocale), 300), answer));
            }
        }
        return answers;
    }

    /**
     * SHA-256 over a canonical text of everything submitted: fields, answers in form order and the hash of
     * every file, so the receipt proves exactly what was sent.
     */
    static String contentHash(Snapshot s) {
        StringBuilder b = new StringBuilder("convergo-proposal-v1\n");
        line(b, "proposal", String.valueOf(s.proposalId()));
        line(b, "title", s.title());
        line(b, "acronym", s.acronym());
        line(b, "abstract", s.abstractText());
        line(b, "team", s.teamText());
        line(b, "budget", s.budget() == null ? "" : s.budget().stripTrailingZeros().toPlainString());
        line(b, "budgetText", s.budgetText());
        line(b, "trl", s.trlNow() + "->" + s.trlTarget());
        line(b, "areas", String.join(",", s.areas()));
        for (ProposalContent.Answer a : s.answers()) {
            line(b, "q:" + a.question(), a.value());
        }
        for (AttachedFile f : s.files()) {
            line(b, "file:" + f.questionPos() + ":" + f.fileName(), f.sha256() + ":" + f.sizeBytes());
        }
        return Hashes.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder b, String key, String value) {
        String v = value == null ? "" : value;
        b.append(key.length()).append(':').append(key).append('=').append(v.length()).append(':').append(v).append('\n');
    }

    static byte[] receipt(Translations t, Locale locale, Snapshot s, int number, Instant submittedAt, String hash) {
        return receipt(t, locale, s, number, submittedAt, hash, null);
    }

    /** The receipt of a submission of a two-stage challenge names its stage (outline or full proposal). */
    static byte[] receipt(Translations t, Locale locale, Snapshot s, int number, Instant submittedAt, String hash,
                          ProposalStage stage) {
        PdfReport pdf = PdfReport.create(t.get("proposal.receipt.title", locale), footer(t, locale, submittedAt));
        pdf.paragraph(t.get("proposal.receipt.intro", locale));
        String version = stage == null ? String.valueOf(number)
                : number + " · " + t.get(stage.labelKey(), locale);
        pdf.facts(List.of(
                Map.entry(t.get("proposal.receipt.id", locale), "#" + s.proposalId()),
                Map.entry(t.get("proposal.receipt.version", locale), version),
                Map.entry(t.get("proposal.receipt.challenge", locale), s.challengeTitle()),
                Map.entry(t.get("proposal.receipt.organisation", locale), s.organisationName()),
                Map.entry(t.get("proposal.field.title", locale), s.title()),
                Map.entry(t.get("proposal.receipt.submittedAt", locale), Times.format(submittedAt, locale)),
                Map.entry(t.get("proposal.receipt.hash", locale), hash)));
        pdf.heading(t.get("proposal.receipt.files", locale));
        if (s.files().isEmpty()) {
            pdf.paragraph(t.get("proposal.receipt.noFiles", locale));
        } else {
            List<List<String>> rows = new ArrayList<>();
            s.files().forEach(f -> rows.add(List.of(f.fileName(), size(f.sizeBytes()), String.valueOf(f.pages()), f.sha256())));
            pdf.table(List.of(t.get("proposal.receipt.file", locale), t.get("proposal.receipt.size", locale),
                    t.get("proposal.receipt.pages", locale), "SHA-256"), rows, new float[] {0.3f, 0.13f, 0.1f, 0.47f});
        }
        pdf.paragraph(t.get("proposal.receipt.keep", locale));
        return pdf.toBytes();
    }

    /** The form answers as a document, followed by every attached PDF. */
    static byte[] dossier(Translations t, Locale locale, Snapshot s, List<byte[]> attachments, boolean anonymised,
                          Instant now) {
        PdfReport pdf = PdfReport.create(s.title() == null || s.title().isBlank()
                ? t.get("proposal.dossier.title", locale) : s.title(), footer(t, locale, now));
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        facts.add(Map.entry(t.get("proposal.receipt.id", locale), "#" + s.proposalId()));
        facts.add(Map.entry(t.get("proposal.receipt.challenge", locale), s.challengeTitle()));
        if (!anonymised) {
            facts.add(Map.entry(t.get("proposal.receipt.organisation", locale), s.organisationName()));
        }
        facts.add(Map.entry(t.get("proposal.field.acronym", locale), s.acronym()));
        facts.add(Map.entry(t.get("proposal.field.trl", locale), s.trlNow() + " → " + s.trlTarget()));
        facts.add(Map.entry(t.get("proposal.field.budget", locale),
                s.budget() == null ? "" : "€ " + java.text.NumberFormat.getNumberInstance(locale).format(s.budget())));
        facts.add(Map.entry(t.get("proposal.field.areas", locale), String.join(", ",
                s.areas().stream().map(a -> t.get("area." + a, locale)).toList())));
        pdf.facts(facts);
        pdf.heading(t.get("proposal.field.abstract", locale)).paragraph(s.abstractText());
        if (!anonymised) {
            pdf.heading(t.get("proposal.field.team", locale)).paragraph(s.teamText());
        }
        pdf.heading(t.get("proposal.field.budgetText", locale)).paragraph(s.budgetText());
        for (ProposalContent.Answer a : s.answers()) {
            pdf.heading(a.question()).paragraph(a.value());
        }
        if (!s.files().isEmpty()) {
            pdf.heading(t.get("proposal.receipt.files", locale));
            List<List<String>> rows = new ArrayList<>();
            s.files().forEach(f -> rows.add(List.of(f.fileName(), size(f.sizeBytes()), String.valueOf(f.pages()))));
            pdf.table(List.of(t.get("proposal.receipt.file", locale), t.get("proposal.receipt.size", locale),
                    t.get("proposal.receipt.pages", locale)), rows, new float[] {0.6f, 0.2f, 0.2f});
        }
        return pdf.toBytes(attachments);
    }

    /** What an evaluator of a blind challenge calls a file: its id, never the name it was uploaded with. */
    static String neutralName(long fileId) {
        return "attachment-" + fileId + ".pdf";
    }

    static AttachedFile neutral(AttachedFile f) {
        return new AttachedFile(f.id(), f.questionPos(), neutralName(f.id()), f.sizeBytes(), f.pages(), f.sha256(), f.uploadedAt());
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String footer(Translations t, Locale locale, Instant when) {
        return "Convergo · " + t.get("proposal.receipt.generated", locale, Times.format(when, locale));
    }
}
