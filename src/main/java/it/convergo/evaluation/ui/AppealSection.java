package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.appeals.AppealLimits;
import it.convergo.evaluation.appeals.AppealService;
import it.convergo.evaluation.appeals.AppealStatus;
import it.convergo.evaluation.appeals.AppealViews;

/**
 * The applicant's appeal on the result page: until when they may appeal (date, time and zone), the form with
 * its confirmation, then the appeal's state and, once decided, the firm's reasoned reply. Reviewers are never
 * named here.
 */
class AppealSection extends Div {

    private final AppealService appeals;
    private final long proposalId;

    AppealSection(AppealService appeals, long proposalId) {
        this.appeals = appeals;
        this.proposalId = proposalId;
        setId("appeal-section");
        addClassName("cv-card");
        render();
    }

    private void render() {
        removeAll();
        var side = appeals.forApplicant(proposalId);
        if (side.isEmpty()) {
            setVisible(false);
            return;
        }
        AppealViews.Applicant a = side.get();
        add(new H2(getTranslation("appeal.applicant.title")));
        String deadline = Times.format(a.deadline(), getLocale());
        if (a.appeal() != null) {
            filed(a.appeal());
        } else if (a.days() == 0) {
            add(new Paragraph(getTranslation("appeal.applicant.none")));
        } else if (!a.canFile()) {
            add(new Paragraph(getTranslation("appeal.applicant.closed", deadline)));
        } else {
            form(deadline);
        }
    }

    private void form(String deadline) {
        Paragraph until = new Paragraph(getTranslation("appeal.applicant.until", deadline));
        until.setId("appeal-deadline");
        TextArea grounds = CountedText.area(getTranslation("appeal.applicant.grounds"), AppealLimits.GROUNDS);
        grounds.setId("appeal-grounds");
        grounds.setHelperText(getTranslation("appeal.applicant.groundsHelp"));
        grounds.setWidthFull();
        Button file = new Button(getTranslation("appeal.applicant.file"), e -> Confirm.of("appeal.applicant.file",
                getTranslation("appeal.applicant.confirm", deadline)).then(() -> {
                    appeals.file(proposalId, grounds.getValue());
                    Notifications.success("appeal.applicant.filed");
                    render();
                }));
        file.setId("appeal-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(until, grounds, file);
    }

    private void filed(AppealViews.Filed f) {
        add(new Badge(getTranslation(f.status().labelKey()), f.status() == AppealStatus.CLOSED ? Badge.Tone.DECIDED
                : Badge.Tone.INFO));
        add(new Paragraph(getTranslation("appeal.applicant.filedAt", Times.format(f.filedAt(), getLocale()))));
        add(new H3(getTranslation("appeal.applicant.grounds")));
        Paragraph grounds = new Paragraph(f.grounds());
        grounds.addClassName("cv-proposal-text");
        add(grounds);
        if (f.status() == AppealStatus.CLOSED) {
            add(new H3(getTranslation("appeal.applicant.reply")));
            add(new Paragraph(getTranslation(f.outcome().labelKey() + ".applicant")));
            Paragraph reply = new Paragraph(f.reply());
            reply.setId("appeal-reply");
            reply.addClassName("cv-proposal-text");
            add(reply, new Paragraph(getTranslation("appeal.applicant.decidedAt", Times.format(f.decidedAt(), getLocale()))));
        } else {
            add(new Paragraph(getTranslation("appeal.applicant.pending")));
        }
    }
}
