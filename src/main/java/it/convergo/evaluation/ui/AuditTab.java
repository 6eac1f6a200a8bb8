package it.convergo.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import it.convergo.audit.AuditEvent;
import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.evaluation.eligibility.IneligibilityReason;
import it.convergo.evaluation.progress.BoardRow;
import it.convergo.evaluation.progress.BoardService;
import it.convergo.evaluation.results.Outcome;
import it.convergo.proposal.ProposalStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The audit trail of this challenge's evaluation: every decision, assignment, declaration and publication,
 * told in the reader's language: actions translated, proposals by title, evaluators by name, never a raw code.
 */
class AuditTab extends VerticalLayout {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, String> people = new HashMap<>();
    /** Labels the services store in both languages ("Vincitore / Winner"), with the reader's own. */
    private final Map<String, String> bilingual = new HashMap<>();

    AuditTab(BoardService board, long challengeId) {
        setPadding(false);
        for (BoardRow row : board.board(challengeId)) {
            titles.put(row.proposalId(), row.title());
            row.panel().forEach(m -> people.put(m.evaluatorId(), m.name()));
        }
        Stream.concat(Stream.of(Outcome.values()).map(Outcome::labelKey), Stream.of(IneligibilityReason.values()).map(IneligibilityReason::labelKey))
                .forEach(key -> bilingual.put(getTranslation(Translations.ITALIAN, key) + " / " + getTranslation(Translations.ENGLISH, key),
                        getTranslation(key)));
        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("evaluation-audit");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Times.format(e.getOccurredAt(), getLocale())).setHeader(getTranslation("admin.audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("admin.audit.who")).setFlexGrow(1);
        grid.addColumn(e -> action(e.getAction())).setHeader(getTranslation("admin.audit.action")).setFlexGrow(1).setKey("action");
        grid.addColumn(e -> subject(e.getSubject())).setHeader(getTranslation("admin.audit.subject")).setFlexGrow(2).setKey("subject");
        grid.addColumn(this::details).setHeader(getTranslation("admin.audit.details")).setFlexGrow(2).setKey("details");
        grid.setItems(board.audit(challengeId));
        grid.setEmptyStateText(getTranslation("admin.audit.empty"));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("evaluation.audit.intro")), grid);
    }

    private String action(String action) {
        String text = getTranslation("evaluation.audit.action." + action);
        return text.startsWith("!") ? getTranslation("evaluation.audit.action.other") : text;
    }

    private String subject(String subject) {
        if (subject == null) {
            return "";
        }
        if (subject.startsWith("challenge:")) {
            return getTranslation("evaluation.audit.theChallenge");
        }
        if (subject.startsWith("proposal:")) {
            try {
                return titles.getOrDefault(Long.parseLong(subject.substring("proposal:".length())), getTranslation("evaluation.audit.aProposal"));
            } catch (NumberFormatException e) {
                return getTranslation("evaluation.audit.aProposal");
            }
        }
        return subject;
    }

    private String details(AuditEvent e) {
        String details = e.getDetails();
        if (details == null || details.isBlank()) {
            return "";
        }
        return switch (e.getAction()) {
            case "evaluation.decided" -> outcome(details);
            case "evaluation.consensus" -> getTranslation("evaluation.audit.consensus." + ("discussed".equals(details) ? "discussed" : "confirmed"));
            case "evaluation.assigned" -> {
                List<String> names = names(details);
                yield names.isEmpty() ? "" : getTranslation("evaluation.audit.assignedDetails",
                        String.join(", ", names.subList(0, Math.max(1, names.size() - 1))), names.getLast());
            }
            case "evaluation.replaced", "evaluation.reopened" -> {
                List<String> names = names(details);
                yield names.size() < 2 ? "" : getTranslation(e.getAction().equals("evaluation.replaced")
                        ? "evaluation.audit.replacedDetails" : "evaluation.audit.reopenedDetails", names.get(0), names.get(1));
            }
            case "evaluation.resultsPublished" -> {
                Matcher m = NUMBER.matcher(details);
                yield m.find() ? getTranslation("evaluation.audit.publishedDetails", Integer.parseInt(m.group())) : "";
            }
            case "proposal.outcome" -> status(details);
            case "proposal.submitted" -> {
                Matcher m = NUMBER.matcher(details);
                yield m.find() ? getTranslation("evaluation.audit.submittedDetails", Integer.parseInt(m.group())) : "";
            }
            default -> readable(details);
        };
    }

    /** "DECIDED: Vincitore / Winner — feedback" as "Decided: Winner — feedback". */
    private String status(String details) {
        int colon = details.indexOf(':');
        String code = colon < 0 ? details : details.substring(0, colon);
        String rest = colon < 0 ? "" : ": " + readable(details.substring(colon + 1).strip());
        try {
            return getTranslation(ProposalStatus.valueOf(code.strip()).labelKey()) + rest;
        } catch (IllegalArgumentException notAStatus) {
            return readable(details);
        }
    }

    private String outcome(String code) {
        try {
            return getTranslation(Outcome.valueOf(code.strip()).labelKey());
        } catch (IllegalArgumentException notAnOutcome) {
            return readable(code);
        }
    }

    private String readable(String text) {
        String result = text;
        for (Map.Entry<String, String> label : bilingual.entrySet()) {
            result = result.replace(label.getKey(), label.getValue());
        }
        return result;
    }

    private List<String> names(String details) {
        List<String> names = new ArrayList<>();
        Matcher m = NUMBER.matcher(details);
        while (m.find()) {
            names.add(people.getOrDefault(Long.parseLong(m.group()), getTranslation("evaluation.audit.anEvaluator")));
        }
        return names;
    }
}
