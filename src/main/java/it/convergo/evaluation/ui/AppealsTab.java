package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.appeals.AppealDecisions;
import it.convergo.evaluation.appeals.AppealLimits;
import it.convergo.evaluation.appeals.AppealOutcome;
import it.convergo.evaluation.appeals.AppealStatus;
import it.convergo.evaluation.appeals.AppealViews;
import it.convergo.evaluation.panel.AppealReviewers;
import it.convergo.evaluation.results.Outcome;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The firm's appeals of one challenge: each appeal with its grounds; the choice of reviewers (only evaluators
 * who were not on the panel and are not excluded are offered) and their due date; the reviewers' opinions and the
 * replacement of one who does not answer; the decision with its reasoned reply.
 */
class AppealsTab extends VerticalLayout {

    private final AppealDecisions appeals;
    private final long challengeId;

    AppealsTab(AppealDecisions appeals, long challengeId) {
        this.appeals = appeals;
        this.challengeId = challengeId;
        setPadding(false);
        setId("appeals-tab");
        render();
    }

    private void render() {
        removeAll();
        List<AppealViews.Firm> list = appeals.ofChallenge(challengeId);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("appeal.firm.empty"));
            empty.addClassNames("cv-card", "cv-empty-state");
            add(empty);
            return;
        }
        list.forEach(a -> add(card(a)));
    }

    private Div card(AppealViews.Firm a) {
        Div card = new Div();
        card.setId("appeal-" + a.id());
        card.addClassName("cv-card");
        card.setWidthFull();
        card.add(new H3(getTranslation("appeal.firm.heading", a.proposalTitle(), a.organisationName())),
                new Badge(getTranslation(a.status().labelKey()), a.status() == AppealStatus.CLOSED ? Badge.Tone.DECIDED
                        : Badge.Tone.WARNING),
                new Paragraph(getTranslation("appeal.firm.filedAt", Times.format(a.filedAt(), getLocale()))),
                new Paragraph(getTranslation("appeal.firm.result", a.resultOutcome() == null ? "—"
                        : getTranslation(a.resultOutcome().labelKey()))),
                new H4(getTranslation("appeal.applicant.grounds")));
        Paragraph grounds = new Paragraph(a.grounds());
        grounds.addClassName("cv-proposal-text");
        card.add(grounds);
        if (!a.opinions().isEmpty()) {
            card.add(new H4(getTranslation("appeal.firm.opinions")));
            if (a.reviewDueAt() != null) {
                card.add(new Paragraph(getTranslation("appeal.firm.dueAt", Times.format(a.reviewDueAt(), getLocale()))));
            }
            UnorderedList opinions = new UnorderedList();
            a.opinions().forEach(o -> opinions.add(new ListItem(o.givenAt() == null
                    ? getTranslation("appeal.firm.opinionPending", o.reviewerName())
                    : getTranslation(o.supports() ? "appeal.firm.opinionFounded" : "appeal.firm.opinionUnfounded",
                    o.reviewerName(), o.text()))));
            card.add(opinions);
        }
        switch (a.status()) {
            case FILED -> assign(card, a);
            case TO_DECIDE -> decide(card, a);
            case CLOSED -> {
                card.add(new H4(getTranslation(a.outcome().labelKey())));
                if (a.outcomeBefore() != null) {
                    card.add(new Paragraph(getTranslation("appeal.firm.changed", getTranslation(a.outcomeBefore().labelKey()),
                            getTranslation(a.resultOutcome().labelKey()))));
                }
                Paragraph reply = new Paragraph(a.reply());
                reply.addClassName("cv-proposal-text");
                card.add(reply);
            }
            case UNDER_REVIEW -> {
                card.add(new Paragraph(getTranslation("appeal.firm.underReview")));
                replace(card, a);
            }
        }
        return card;
    }

    /** A reviewer who does not answer would block the appeal: the firm hands their review to another one. */
    private void replace(Div card, AppealViews.Firm a) {
        List<AppealViews.Opinion> pending = a.opinions().stream().filter(o -> o.givenAt() == null).toList();
        if (pending.isEmpty()) {
            return;
        }
        Select<AppealViews.Opinion> former = new Select<>();
        former.setId("appeal-replace-who-" + a.id());
        former.setLabel(getTranslation("appeal.firm.replaceWho"));
        former.setItems(pending);
        former.setItemLabelGenerator(AppealViews.Opinion::reviewerName);
        ComboBox<AppealReviewers.Eligible> replacement = new ComboBox<>(getTranslation("appeal.firm.replaceBy"));
        replacement.setId("appeal-replace-by-" + a.id());
        replacement.setItems(appeals.candidates(a.id()));
        replacement.setItemLabelGenerator(AppealsTab::label);
        replacement.setHelperText(getTranslation("appeal.firm.replaceHelp"));
        replacement.setWidthFull();
        DateTimePicker due = new DateTimePicker(getTranslation("appeal.firm.replaceDue"));
        due.setId("appeal-replace-due-" + a.id());
        due.setValue(LocalDateTime.now(Times.ROME).plusDays(AppealLimits.REVIEW_DAYS).truncatedTo(ChronoUnit.HOURS));
        due.setHelperText(getTranslation("appeal.firm.dueHelp"));
        Button replace = new Button(getTranslation("appeal.firm.replace"), e -> {
            if (former.getValue() == null || replacement.getValue() == null) {
                Notifications.error("appeal.error.replaceChoose");
                return;
            }
            appeals.replaceReviewer(a.id(), former.getValue().reviewerId(), replacement.getValue().userId(),
                    due.getValue() == null ? null : due.getValue().atZone(Times.ROME).toInstant());
            Notifications.success("appeal.firm.replaced");
            render();
        });
        replace.setId("appeal-replace-" + a.id());
        card.add(new H4(getTranslation("appeal.firm.replaceTitle")), former, replacement, due, replace);
    }

    private static String label(AppealReviewers.Eligible e) {
        return e.organisationName() == null ? e.name() : e.name() + " (" + e.organisationName() + ")";
    }

    private void assign(Div card, AppealViews.Firm a) {
        List<AppealReviewers.Eligible> candidates = appeals.candidates(a.id());
        MultiSelectComboBox<AppealReviewers.Eligible> reviewers = new MultiSelectComboBox<>(getTranslation("appeal.firm.reviewers"));
        reviewers.setId("appeal-reviewers-" + a.id());
        reviewers.setItems(candidates);
        reviewers.setItemLabelGenerator(AppealsTab::label);
        reviewers.setHelperText(getTranslation("appeal.firm.reviewersHelp"));
        reviewers.setWidthFull();
        DateTimePicker due = new DateTimePicker(getTranslation("appeal.firm.due"));
        due.setValue(LocalDateTime.now(Times.ROME).plusDays(AppealLimits.REVIEW_DAYS).truncatedTo(ChronoUnit.HOURS));
        due.setHelperText(getTranslation("appeal.firm.dueHelp"));
        Button assign = new Button(getTranslation("appeal.firm.assign"), e -> {
            appeals.assign(a.id(), reviewers.getValue().stream().map(AppealReviewers.Eligible::userId).toList(),
                    due.getValue() == null ? null : due.getValue().atZone(Times.ROME).toInstant());
            Notifications.success("appeal.firm.assigned");
            render();
        });
        assign.setId("appeal-assign-" + a.id());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(reviewers, due, assign);
    }

    private void decide(Div card, AppealViews.Firm a) {
        RadioButtonGroup<AppealOutcome> outcome = new RadioButtonGroup<>(getTranslation("appeal.firm.outcome"));
        outcome.setId("appeal-outcome-" + a.id());
        outcome.setItems(AppealOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        Select<Outcome> newOutcome = new Select<>();
        newOutcome.setId("appeal-new-outcome-" + a.id());
        newOutcome.setLabel(getTranslation("appeal.firm.newOutcome"));
        newOutcome.setItems(Outcome.values());
        newOutcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        TextArea feedback = CountedText.area(getTranslation("appeal.firm.newFeedback"), EvaluationLimits.FEEDBACK);
        feedback.setWidthFull();
        newOutcome.setVisible(false);
        feedback.setVisible(false);
        outcome.addValueChangeListener(e -> {
            boolean changed = e.getValue() == AppealOutcome.RE_EVALUATED;
            newOutcome.setVisible(changed);
            feedback.setVisible(changed);
        });
        TextArea reply = CountedText.area(getTranslation("appeal.firm.reply"), AppealLimits.REPLY);
        reply.setId("appeal-reply-" + a.id());
        reply.setHelperText(getTranslation("appeal.firm.replyHelp"));
        reply.setWidthFull();
        Button close = new Button(getTranslation("appeal.firm.close"), e -> Confirm.of("appeal.firm.close",
                getTranslation("appeal.firm.confirm")).then(() -> {
                    appeals.decide(a.id(), outcome.getValue(), newOutcome.getValue(), feedback.getValue(), reply.getValue());
                    Notifications.success("appeal.firm.closed");
                    render();
                }));
        close.setId("appeal-close-" + a.id());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(outcome, newOutcome, feedback, reply, close);
    }
}
