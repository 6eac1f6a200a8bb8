package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.pitch.PitchDayView;
import it.convergo.evaluation.pitch.PitchPlan;
import it.convergo.evaluation.pitch.PitchService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The firm's pitch day: once every proposal has its final scores and before any decision, invite the top of
 * the ranking to a live pitch (when, where, how many, how much the pitch weighs, the pitch's own criteria),
 * adjust the proposed slots, send the invitations; then follow the jury's scoring and, once the pitch started,
 * close it early rather than wait for a jury member who does not submit.
 */
class PitchTab extends VerticalLayout {

    private final PitchService pitches;
    private final long challengeId;
    private final boolean blind;

    PitchTab(PitchService pitches, long challengeId, boolean blind) {
        this.pitches = pitches;
        this.challengeId = challengeId;
        this.blind = blind;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        add(new Paragraph(getTranslation("pitch.intro")));
        Optional<PitchDayView> day = pitches.of(challengeId);
        if (blind) {
            Div notice = new Div(new Paragraph(getTranslation("pitch.blindNotice")));
            notice.addClassNames("cv-card", "cv-notice-warning");
            add(notice);
        }
        if (day.isEmpty() || day.get().status() == PitchDayView.Status.PLANNED) {
            Optional<String> reason = pitches.cannotPlanBecause(challengeId);
            if (reason.isPresent()) {
                Paragraph why = new Paragraph(getTranslation(reason.get()));
                why.addClassNames("cv-card", "cv-empty-state");
                add(why);
                return;
            }
            add(form(day.orElse(null)));
        } else {
            add(new Badge(getTranslation(day.get().status().labelKey()), day.get().status() == PitchDayView.Status.SCORED
                    ? Badge.Tone.SUCCESS : Badge.Tone.WARNING));
            add(summary(day.get()));
        }
        day.ifPresent(d -> add(slots(d)));
    }

    private Div summary(PitchDayView d) {
        Div card = new Div(
                new Paragraph(getTranslation("pitch.summary.when", Times.format(d.plan().startsAt(), getLocale()))),
                new Paragraph(getTranslation("pitch.summary.where", where(d.plan()))),
                new Paragraph(getTranslation("pitch.weightExplained", d.plan().pitchWeight(), 100 - d.plan().pitchWeight())),
                new Paragraph(getTranslation("pitch.summary.jury", d.jurySubmitted(), d.jurySize(),
                        d.scoresDueAt() == null ? "—" : Times.format(d.scoresDueAt(), getLocale()))));
        card.addClassName("cv-card");
        if (d.scoringOpen()) {
            Button close = new Button(getTranslation("pitch.close"), e -> confirmClose(d));
            close.setId("pitch-close-scoring");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(close);
        }
        return card;
    }

    /** Says who has not submitted: their scores, even saved ones, will not count. */
    private void confirmClose(PitchDayView d) {
        Confirm.of("pitch.close", getTranslation("pitch.closeConfirm", String.join(", ", d.juryWaiting())))
                .dangerous().then(() -> {
                    pitches.closeScoring(challengeId);
                    Notifications.success("pitch.closed");
                    render();
                });
    }

    private String where(PitchPlan plan) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(plan.place()).ifPresent(parts::add);
        Optional.ofNullable(plan.videoLink()).ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    private VerticalLayout form(PitchDayView existing) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation(existing == null ? "pitch.form.new" : "pitch.form.edit")));
        DateTimePicker starts = new DateTimePicker(getTranslation("pitch.form.startsAt"));
        starts.setHelperText(getTranslation("pitch.form.romeTime"));
        starts.setLocale(getLocale());
        TextField place = new TextField(getTranslation("pitch.form.place"));
        TextField link = new TextField(getTranslation("pitch.form.videoLink"));
        link.setHelperText(getTranslation("pitch.form.videoLinkHelp"));
        IntegerField invited = new IntegerField(getTranslation("pitch.form.invited"));
        invited.setMin(1);
        invited.setStepButtonsVisible(true);
        IntegerField minutes = new IntegerField(getTranslation("pitch.form.minutes"));
        minutes.setMin(5);
        minutes.setMax(240);
        IntegerField weight = new IntegerField(getTranslation("pitch.form.weight"));
        weight.setMin(1);
        weight.setMax(100);
        Paragraph explained = new Paragraph();
        weight.addValueChangeListener(e -> explained.setText(e.getValue() == null ? ""
                : getTranslation("pitch.weightExplained", e.getValue(), 100 - e.getValue())));
        PitchPlan plan = existing == null ? null : existing.plan();
        starts.setValue(plan == null ? null : LocalDateTime.ofInstant(plan.startsAt(), Times.ROME));
        place.setValue(plan == null || plan.place() == null ? "" : plan.place());
        link.setValue(plan == null || plan.videoLink() == null ? "" : plan.videoLink());
        invited.setValue(plan == null ? 3 : plan.invitedCount());
        minutes.setValue(plan == null ? 20 : plan.slotMinutes());
        weight.setValue(plan == null ? 30 : plan.pitchWeight());
        form.add(starts, place, link, fields(invited, minutes, weight), explained);

        form.add(new H3(getTranslation("pitch.form.criteria")), new Paragraph(getTranslation("pitch.form.criteriaHelp")));
        List<TextField> names = new ArrayList<>();
        List<BigDecimalField> weights = new ArrayList<>();
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        List<PitchPlan.Criterion> initial = plan != null ? plan.criteria() : List.of(
                new PitchPlan.Criterion(getTranslation("pitch.form.default1"), BigDecimal.ONE),
                new PitchPlan.Criterion(getTranslation("pitch.form.default2"), BigDecimal.ONE),
                new PitchPlan.Criterion(getTranslation("pitch.form.default3"), BigDecimal.ONE));
        initial.forEach(c -> criterionRow(rows, names, weights, c));
        Button more = new Button(getTranslation("pitch.form.addCriterion"), e -> criterionRow(rows, names, weights, null));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.add(rows, more);

        Checkbox reveal = new Checkbox(getTranslation("pitch.form.reveal"));
        reveal.setValue(plan != null && plan.identitiesRevealed());
        if (blind) {
            form.add(reveal);
        }
        Button save = new Button(getTranslation("pitch.form.save"), e -> {
            List<PitchPlan.Criterion> criteria = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).getValue().isBlank() || weights.get(i).getValue() != null) {
                    criteria.add(new PitchPlan.Criterion(names.get(i).getValue(), weights.get(i).getValue()));
                }
            }
            Instant at = starts.getValue() == null ? null : starts.getValue().atZone(Times.ROME).toInstant();
            pitches.plan(challengeId, new PitchPlan(at, place.getValue(), link.getValue(), value(weight), value(invited),
                    value(minutes), criteria, reveal.getValue()), existing == null ? -1 : existing.version());
            Notifications.success("pitch.saved");
            render();
        });
        save.setId("pitch-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(save);
        return form;
    }

    /** Fields side by side that wrap on a narrow screen instead of cutting their labels. */
    private static Div fields(Component... fields) {
        Div row = new Div(fields);
        row.addClassName("cv-fields");
        return row;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void criterionRow(VerticalLayout rows, List<TextField> names, List<BigDecimalField> weights,
                              PitchPlan.Criterion c) {
        TextField name = new TextField(getTranslation("pitch.form.criterionName"));
        name.setMaxLength(150);
        BigDecimalField w = new BigDecimalField(getTranslation("pitch.form.criterionWeight"));
        if (c != null) {
            name.setValue(c.name());
            w.setValue(c.weight());
        }
        names.add(name);
        weights.add(w);
        rows.add(fields(name, w));
    }

    private VerticalLayout slots(PitchDayView d) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(getTranslation("pitch.slots.title")), new Paragraph(getTranslation("pitch.slots.intro")));
        Grid<PitchDayView.Slot> grid = new Grid<>();
        grid.setId("pitch-slots");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> String.valueOf(s.writtenRank())).setHeader(getTranslation("esr.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PitchDayView.Slot::proposalTitle).setHeader(getTranslation("evaluation.inbox.proposal")).setFlexGrow(1);
        grid.addColumn(s -> Times.format(s.startsAt(), getLocale())).setHeader(getTranslation("pitch.slots.start")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("pitch.slots.minutesValue", s.minutes())).setHeader(getTranslation("pitch.slots.length"))
                .setAutoWidth(true);
        boolean invited = d.status() != PitchDayView.Status.PLANNED;
        if (invited) {
            grid.addComponentColumn(s -> s.sent() ? new Badge(getTranslation("pitch.slots.sent"), Badge.Tone.SUCCESS)
                    : new Badge(getTranslation("pitch.slots.toSend"), Badge.Tone.WARNING))
                    .setHeader(getTranslation("pitch.slots.invitation")).setAutoWidth(true);
        }
        if (d.status() != PitchDayView.Status.SCORED) {
            grid.addComponentColumn(s -> {
                Button move = new Button(getTranslation("pitch.slots.move"), e -> move(s));
                move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return move;
            }).setAutoWidth(true);
        }
        grid.setItems(d.slots());
        grid.setAllRowsVisible(true);
        section.add(grid);
        if (d.status() == PitchDayView.Status.PLANNED || d.updatesToSend()) {
            Button send = new Button(getTranslation(invited ? "pitch.sendUpdates" : "pitch.send"), e -> confirmSend(invited, d));
            send.setId("pitch-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(send);
        }
        return section;
    }

    private void confirmSend(boolean update, PitchDayView d) {
        String text = getTranslation(update ? "pitch.sendUpdatesConfirm" : "pitch.sendConfirm", d.slots().size())
                + (blind && !update ? " " + getTranslation("pitch.blindNotice") : "");
        Confirm.of(update ? "pitch.sendUpdates" : "pitch.send", text).then(() -> {
            int sent = pitches.sendInvitations(challengeId);
            Notifications.success("pitch.sent", sent);
            render();
        });
    }

    private void move(PitchDayView.Slot slot) {
        Dialog dialog = new Dialog(slot.proposalTitle());
        DateTimePicker start = new DateTimePicker(getTranslation("pitch.slots.start"));
        start.setHelperText(getTranslation("pitch.form.romeTime"));
        start.setLocale(getLocale());
        start.setValue(LocalDateTime.ofInstant(slot.startsAt(), Times.ROME));
        IntegerField minutes = new IntegerField(getTranslation("pitch.form.minutes"));
        minutes.setValue(slot.minutes());
        dialog.add(new VerticalLayout(start, minutes));
        Button save = new Button(getTranslation("pitch.slots.move"), e -> {
            pitches.moveSlot(challengeId, slot.proposalId(), start.getValue() == null ? null
                    : start.getValue().atZone(Times.ROME).toInstant(), value(minutes));
            dialog.close();
            render();
        });
        save.setId("pitch-move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
