package it.convergo.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.ui.Badge;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.FirmChallenges;
import it.convergo.evaluation.progress.FirmWaiting;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * The firm manager's first page: "Waiting for you", per closed challenge what needs the firm (proposals
 * waiting for the eligibility decision, late evaluators, evaluated proposals waiting for the decision, results
 * ready to publish), each linking to the
 * challenge's evaluation, then the way to all the firm's challenges.
 */
@Route("firm")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.firm", icon = "vaadin:bell", order = 9)
class FirmLandingView extends VerticalLayout implements HasDynamicTitle {

    /** The closed challenges looked at; a firm rarely evaluates more at once. */
    static final int SHOWN = 50;

    FirmLandingView(FirmChallenges challenges, FirmWaiting waiting) {
        addClassName("cv-firm-landing");
        List<ChallengeRow> closed = challenges.mine("", ChallengeStatus.CLOSED, PageRequest.of(0, SHOWN));
        Map<Long, FirmWaiting.Waiting> counts = waiting.of(closed.stream().map(ChallengeRow::id).toList());
        add(new H1(getTranslation("evaluation.firm.title")));
        Div strip = new Div();
        strip.addClassName("cv-card-grid");
        strip.setId("firm-waiting");
        for (ChallengeRow row : closed) {
            FirmWaiting.Waiting w = counts.get(row.id());
            if (w != null && w.any()) {
                strip.add(card(row, w));
            }
        }
        if (strip.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("evaluation.firm.nothing"));
            empty.addClassNames("cv-card", "cv-empty-state");
            add(empty);
        } else {
            add(new Paragraph(getTranslation("evaluation.firm.intro")), strip);
        }
        Anchor all = new Anchor("my-challenges", getTranslation("evaluation.firm.all"));
        all.setId("firm-all-challenges");
        add(new H2(getTranslation("evaluation.firm.more")), all);
    }

    private Anchor card(ChallengeRow row, FirmWaiting.Waiting w) {
        Anchor card = new Anchor("evaluation/" + row.id(), "");
        card.addClassNames("cv-card", "cv-card-link");
        card.add(new H3(row.title()));
        if (w.eligibility() > 0) {
            card.add(line(getTranslation("evaluation.firm.eligibility", w.eligibility()), Badge.Tone.WARNING));
        }
        if (w.lateEvaluators() > 0) {
            card.add(line(getTranslation("evaluation.firm.late", w.lateEvaluators()), Badge.Tone.ERROR));
        }
        if (w.toDecide() > 0) {
            card.add(line(getTranslation("evaluation.firm.toDecide", w.toDecide()), Badge.Tone.WARNING));
        }
        if (w.readyToPublish()) {
            card.add(line(getTranslation("evaluation.firm.ready"), Badge.Tone.SUCCESS));
        }
        return card;
    }

    private static Div line(String text, Badge.Tone tone) {
        Div line = new Div(new Badge(text, tone));
        line.addClassName("cv-firm-waiting-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.firm.title") + " · Convergo";
    }
}
