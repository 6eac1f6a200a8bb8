package it.convergo.proposal;

import static it.convergo.proposal.Texts.blank;

import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.ChallengeRules;
import it.convergo.challenge.FormDefinition;
import it.convergo.challenge.QuestionDef;
import it.convergo.challenge.QuestionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a draft may hold (text within the form's limits, only the values the form offers) and what it still
 * lacks before it can be submitted: the checklist the applicant sees and the submission enforces.
 */
@Component
class DraftChecks {

    private final Challenges challenges;
    private final Translations translations;
    private final ReaderLocale readerLocale;

    DraftChecks(Challenges challenges, Translations translations, ReaderLocale readerLocale) {
        this.challenges = challenges;
        this.translations = translations;
        this.readerLocale = readerLocale;
    }

    /** Refuses text over the form's limits and values the form does not offer; nothing is written then. */
    void validate(ProposalDraft d, FormDefinition form) {
        Locale locale = readerLocale.get();
        length(d.getTitle(), form.titleMax(), translations.get("proposal.field.title", locale));
        length(d.getAcronym(), form.acronymMax(), translations.get("proposal.field.acronym", locale));
        length(d.getAbstractText(), form.abstractMax(), translations.get("proposal.field.abstract", locale));
        length(d.getTeamText(), ProposalLimits.TEAM, translations.get("proposal.field.team", locale));
        length(d.getBudgetText(), ProposalLimits.BUDGET_TEXT, translations.get("proposal.field.budgetText", locale));
        if (d.getBudget() != null) {
            if (d.getBudget().signum() < 0 || d.getBudget().scale() > 2 || d.getBudget().precision() - d.getBudget().scale() > 12) {
                throw new UserFacingException("proposal.error.budget");
            }
            if (form.budgetMax() != null && d.getBudget().compareTo(form.budgetMax()) > 0) {
                throw new UserFacingException("proposal.error.budgetMax", form.budgetMax().stripTrailingZeros());
            }
        }
        if (d.getTrlNow() < ProposalLimits.TRL_MIN || d.getTrlNow() > ProposalLimits.TRL_MAX
                || d.getTrlTarget() < ProposalLimits.TRL_MIN || d.getTrlTarget() > ProposalLimits.TRL_MAX) {
            throw new UserFacingException("proposal.error.trl");
        }
        List<QuestionDef> questions = form.questions();
        for (Map.Entry<Integer, String> e : d.getAnswers().entrySet()) {
            Integer pos = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().trim();
            if (pos == null || pos < 0 || pos >= questions.size()) {
                throw new UserFacingException("error.notFound");
            }
            if (!value.isEmpty()) {
                answer(questions.get(pos), value, locale);
            }
        }
    }

    private static void answer(QuestionDef q, String value, Locale locale) {
        int max = ProposalLimits.answerMax(q);
        switch (q.type()) {
            case SHORT_TEXT, LONG_TEXT -> {
                if (value.length() > max) {
                    throw new UserFacingException("proposal.error.answerTooLong", q.label(locale), max);
                }
            }
            case SINGLE_CHOICE -> {
                if (!q.options().contains(value)) {
                    throw new UserFacingException("proposal.error.choice");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (!q.options().containsAll(Arrays.asList(value.split("\n")))) {
                    throw new UserFacingException("proposal.error.choice");
                }
            }
            case NUMBER -> {
                try {
                    new BigDecimal(value.replace(',', '.'));
                } catch (NumberFormatException ex) {
                    throw new UserFacingException("proposal.error.number");
                }
            }
            case YES_NO -> {
                if (!"yes".equals(value) && !"no".equals(value)) {
                    throw new UserFacingException("proposal.error.choice");
                }
            }
            case PDF_UPLOAD -> throw new UserFacingException("proposal.error.choice");
        }
    }

    private static void length(String value, int max, String field) {
        if (value != null && value.trim().length() > max) {
            throw new UserFacingException("proposal.error.tooLong", field, max);
        }
    }

    /**
     * What is still missing before the proposal can be submitted (empty: ready). An outline asks for title,
     * acronym, abstract, areas and the outline's questions only; team, TRL and budget come with the full proposal.
     */
    List<MissingItem> missing(Proposal p, ChallengeRules c, List<AttachedFile> attached) {
        boolean outline = p.stage == ProposalStage.OUTLINE && c.stages().twoStage();
        List<MissingItem> missing = new ArrayList<>();
        if (blank(p.title)) {
            missing.add(new MissingItem("proposal.missing.title", null));
        }
        if (blank(p.acronym)) {
            missing.add(new MissingItem("proposal.missing.acronym", null));
        }
        if (blank(p.abstractText)) {
            missing.add(new MissingItem("proposal.missing.abstract", null));
        }
        if (blank(p.teamText) && !outline) {
            missing.add(new MissingItem("proposal.missing.team", null));
        }
        if (p.areas.isEmpty()) {
            missing.add(new MissingItem("proposal.missing.areas", null));
        }
        if (!outline && (p.trlNow < ProposalLimits.TRL_MIN || p.trlTarget > ProposalLimits.TRL_MAX || p.trlTarget < p.trlNow)) {
            missing.add(new MissingItem("proposal.missing.trl", null));
        }
        if (p.budget == null && !outline) {
            missing.add(new MissingItem("proposal.missing.budget", null));
        }
        List<QuestionDef> questions = c.form().questions();
        Locale locale = readerLocale.get();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDef q = questions.get(i);
            if (!q.required() || outline && !q.outline()) {
                continue;
            }
            int pos = i;
            boolean answered = q.type() == QuestionType.PDF_UPLOAD
                    ? attached.stream().anyMatch(f -> f.questionPos() == pos) : !blank(p.answers.get(i));
            if (!answered) {
                missing.add(new MissingItem(q.type() == QuestionType.PDF_UPLOAD ? "proposal.missing.file" : "proposal.missing.question",
                        q.label(locale)));
            }
        }
        if (c.ndaRequired() && !challenges.hasAcceptedNda(c.id(), p.leadUserId)) {
            missing.add(new MissingItem("proposal.missing.nda", null));
        }
        return missing;
    }
}
