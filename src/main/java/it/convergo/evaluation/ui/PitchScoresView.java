package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Downloads;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.PitchCalendarWriter;
import it.convergo.evaluation.pitch.JurySheet;
import it.convergo.evaluation.pitch.PitchJury;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A jury member scores the pitches of a pitch day (reached from the evaluator's inbox and the invitation
 * e-mail): each invited proposal against the pitch's own criteria, 0-5 in half points, saved per pitch and
 * correctable until they submit. Scoring opens when the pitch starts.
 */
@Route("pitch-scores/:pitchDayId")
@RolesAllowed(Role.EVALUATOR_NAME)
class PitchScoresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<BigDecimal> SCALE = scale();

    private final PitchJury jury;
    private long pitchDayId;

    PitchScoresView(PitchJury jury) {
        this.jury = jury;
        addClassName("cv-page-narrow");
    }

    private static List<BigDecimal> scale() {
        List<BigDecimal> values = new ArrayList<>();
        for (int half = 0; half <= 10; half++) {
            values.add(BigDecimal.valueOf(half, 0).divide(BigDecimal.TWO));
        }
        return values;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "pitchDayId", this::render);
    }

    private void render(long id) {
        this.pitchDayId = id;
        JurySheet sheet = jury.sheet(id);
        removeAll();
        Anchor back = new Anchor("evaluate", getTranslation("pitch.jury.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(getTranslation("pitch.jury.title")), new Paragraph(sheet.challengeTitle()));
        Div facts = new Div(new Paragraph(getTranslation("pitch.summary.when", Times.format(sheet.startsAt(), getLocale()))),
                new Paragraph(getTranslation("pitch.summary.where", where(sheet))),
                new Paragraph(getTranslation("pitch.jury.due", sheet.dueAt() == null ? "—" : Times.format(sheet.dueAt(), getLocale()))));
        Anchor ics = new Anchor(Downloads.of(() -> jury.calendarFile(id, getLocale()), "pitch.ics",
                PitchCalendarWriter.CONTENT_TYPE), getTranslation("pitch.ics"));
        ics.getElement().setAttribute("download", true);
        ics.addClassName("cv-download");
        facts.add(ics);
        facts.addClassName("cv-card");
        add(facts);
        if (!sheet.open()) {
            Paragraph closed = new Paragraph(getTranslation(sheet.closedBecause()));
            closed.addClassNames("cv-card", "cv-notice-warning");
            add(closed);
        } else {
            add(new Paragraph(getTranslation("pitch.jury.intro")));
        }
        for (JurySheet.Pitch pitch : sheet.pitches()) {
            add(pitchCard(sheet, pitch));
        }
        if (sheet.open()) {
            Button submit = new Button(getTranslation("pitch.jury.submit"), e ->
                    Confirm.of("pitch.jury.submit", getTranslation("pitch.jury.submitConfirm")).then(() -> {
                        jury.submit(pitchDayId);
                        Notifications.success("pitch.jury.submitted");
                        render(pitchDayId);
                    }));
            submit.setId("pitch-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
    }

    private String where(JurySheet sheet) {
        List<String> parts = new ArrayList<>();
        if (sheet.place() != null) {
            parts.add(sheet.place());
        }
        if (sheet.videoLink() != null) {
            parts.add(sheet.videoLink());
        }
        return String.join(" · ", parts);
    }

    private Div pitchCard(JurySheet sheet, JurySheet.Pitch pitch) {
        Div card = new Div(new H3(pitch.title()), new Paragraph(getTranslation("pitch.jury.slot",
                Times.format(pitch.startsAt(), getLocale()), pitch.minutes())));
        card.addClassName("cv-card");
        card.setId("pitch-" + pitch.proposalId());
        if (pitch.conflicted()) {
            card.add(new Paragraph(getTranslation("pitch.jury.conflicted")));
            return card;
        }
        card.add(pitch.scored() ? new Badge(getTranslation("pitch.jury.scored"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("pitch.jury.notScored"), Badge.Tone.WARNING));
        List<Select<BigDecimal>> selects = new ArrayList<>();
        Div fields = new Div();
        fields.addClassName("cv-fields");
        for (int c = 0; c < sheet.criteria().size(); c++) {
            Select<BigDecimal> score = new Select<>();
            score.setLabel(getTranslation("pitch.jury.score", sheet.criteria().get(c).name(),
                    ScoreText.of(sheet.criteria().get(c).weight(), getLocale())));
            score.setItems(SCALE);
            score.setItemLabelGenerator(v -> v == null ? "" : ScoreText.of(v, getLocale()));
            BigDecimal given = pitch.scores().get(c);
            score.setValue(given == null ? null : SCALE.stream().filter(v -> v.compareTo(given) == 0).findFirst().orElse(null));
            score.setReadOnly(!sheet.open());
            selects.add(score);
            fields.add(score);
        }
        card.add(fields);
        if (sheet.open()) {
            Button save = new Button(getTranslation("pitch.jury.save"), e -> {
                jury.save(pitchDayId, pitch.proposalId(), selects.stream().map(Select::getValue).toList());
                Notifications.success("pitch.jury.saved");
                render(pitchDayId);
            });
            save.setId("pitch-save-" + pitch.proposalId());
            card.add(save);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pitch.jury.title") + " · Convergo";
    }
}
