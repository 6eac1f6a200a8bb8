package it.convergo.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Downloads;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.PitchCalendarWriter;
import it.convergo.evaluation.pitch.ApplicantPitch;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * An invited applicant's pitch slot: when, how long, where or through which link, and the slot as .ics (the
 * same calendar entry as the e-mail's, updated when the firm moves it). Nobody else sees a slot here.
 */
@Route("pitch/:proposalId")
@RolesAllowed(Role.APPLICANT_NAME)
class PitchInvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicantPitch pitches;

    PitchInvitationView(ApplicantPitch pitches) {
        this.pitches = pitches;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long proposalId;
        try {
            proposalId = Long.parseLong(event.getRouteParameters().get("proposalId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<PitchAppointment> slot = pitches.mySlot(proposalId);
        if (slot.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(slot.get());
    }

    private void render(PitchAppointment slot) {
        removeAll();
        Anchor back = new Anchor("my-proposals", getTranslation("evaluation.result.back"));
        back.addClassName("cv-breadcrumb");
        Div card = new Div(new H1(getTranslation("pitch.applicant.title")),
                new Paragraph(getTranslation("pitch.applicant.intro", slot.proposalTitle(), slot.challengeTitle())),
                new Paragraph(getTranslation("pitch.jury.slot", Times.format(slot.startsAt(), getLocale()), slot.minutes())));
        if (slot.place() != null) {
            card.add(new Paragraph(getTranslation("pitch.applicant.place", slot.place())));
        }
        if (slot.videoLink() != null) {
            Anchor link = new Anchor(slot.videoLink(), getTranslation("pitch.applicant.join"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            card.add(new Div(link));
        }
        Anchor ics = new Anchor(Downloads.of(() -> pitches.calendarFile(slot.proposalId(), getLocale()).orElseThrow(),
                "pitch.ics", PitchCalendarWriter.CONTENT_TYPE), getTranslation("pitch.ics"));
        ics.getElement().setAttribute("download", true);
        ics.addClassName("cv-download");
        card.add(new Paragraph(getTranslation("pitch.applicant.moved")), ics);
        card.addClassName("cv-card");
        add(back, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pitch.applicant.title") + " · Convergo";
    }
}
