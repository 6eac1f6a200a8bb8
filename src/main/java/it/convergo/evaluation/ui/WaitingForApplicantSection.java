package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.ApplicantHomeSection;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.pitch.ApplicantPitch;
import it.convergo.evaluation.questions.OpenQuestions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * On the applicant's home, above everything else it must not miss: the panel's questions waiting for an answer
 * (with their deadline) and the pitch slots ahead, each a link to its page. Nothing when nothing waits.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(0)
class WaitingForApplicantSection implements ApplicantHomeSection {

    private final OpenQuestions questions;
    private final ApplicantPitch pitches;
    private final Clock clock;

    WaitingForApplicantSection(OpenQuestions questions, ApplicantPitch pitches, Clock clock) {
        this.questions = questions;
        this.pitches = pitches;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().filter(u -> u.has(Role.APPLICANT)).map(AccountPrincipal::organisationId).isEmpty()) {
            return Optional.empty();
        }
        List<OpenQuestions.Waiting> open = questions.mine();
        Instant now = clock.instant();
        List<PitchAppointment> slots = pitches.mySlots().stream().filter(a -> a.startsAt().isAfter(now)).toList();
        if (open.isEmpty() && slots.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.setId("home-waiting");
        card.addClassNames("cv-card", "cv-notice-warning");
        card.add(new H2(card.getTranslation("evaluation.home.waiting")));
        for (OpenQuestions.Waiting q : open) {
            card.add(new Paragraph(new Anchor("questions/" + q.proposalId(), card.getTranslation("evaluation.home.question",
                    q.proposalTitle(), Times.format(q.dueAt(), com.vaadin.flow.component.UI.getCurrent().getLocale())))));
        }
        for (PitchAppointment a : slots) {
            card.add(new Paragraph(new Anchor("pitch/" + a.proposalId(), card.getTranslation("evaluation.home.pitch",
                    a.proposalTitle(), Times.format(a.startsAt(), com.vaadin.flow.component.UI.getCurrent().getLocale())))));
        }
        return Optional.of(card);
    }
}
