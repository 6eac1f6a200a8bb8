package it.convergo.challenge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Countdown;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.ClarificationRow;
import it.convergo.challenge.Clarifications;
import it.convergo.challenge.Dashboard;
import it.convergo.challenge.FirmChallenges;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** One challenge at a glance for its firm: counts by state, submissions per day, time left, and questions to answer. */
@Route("my-challenges/:id/dashboard")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class ChallengeDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirmChallenges service;
    private final Clarifications clarifications;
    private final Clock clock;
    private long id;
    private String title = "";

    private final it.convergo.challenge.Challenges challenges;

    ChallengeDashboardView(FirmChallenges service, Clarifications clarifications, Clock clock,
                           it.convergo.challenge.Challenges challenges) {
        this.challenges = challenges;
        this.service = service;
        this.clarifications = clarifications;
        this.clock = clock;
        addClassNames("cv-page-narrow", "cv-ch-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Dashboard d;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            d = service.dashboard(id);
        } catch (NumberFormatException | UserFacingException e) {
            add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound")),
                    new Anchor("my-challenges", getTranslation("challenge.mine.back")));
            return;
        }
        title = d.title();
        Anchor back = new Anchor("my-challenges", getTranslation("challenge.mine.back"));
        back.addClassName("cv-breadcrumb");
        HorizontalLayout heading = new HorizontalLayout(new H1(d.title()), ChallengeBadges.status(this, d.status(), d.closesAt(), clock));
        heading.setAlignItems(Alignment.CENTER);
        Div facts = new Div();
        facts.addClassName("cv-facts");
        facts.add(new Fact(getTranslation("challenge.detail.opens"), Times.format(d.opensAt(), getLocale())),
                new Fact(getTranslation("challenge.detail.closes"), Times.format(d.closesAt(), getLocale())),
                new Fact(getTranslation("challenge.dashboard.timeLeft"), timeLeft(d.timeLeft())),
                new Fact(getTranslation("challenge.dashboard.followers"), String.valueOf(d.followers())),
                new Fact(getTranslation("challenge.dashboard.unanswered"), String.valueOf(d.unansweredQuestions())));
        Div counts = new Div();
        counts.addClassName("cv-card-grid");
        d.counts().forEach((state, n) -> {
            Div card = new Div(new Span(String.valueOf(n)), new Paragraph(getTranslation("challenge.dashboard.count." + state)));
            card.addClassNames("cv-card", "cv-ch-count");
            counts.add(card);
        });
        HorizontalLayout links = new HorizontalLayout(
                new Anchor("my-challenges/" + id + "/edit", getTranslation("challenge.mine.edit")),
                new Anchor("challenges/" + d.slug(), getTranslation("challenge.editor.viewPublic")));
        var stages = challenges.view(id).stages();
        if (stages.twoStage() && stages.stage() != null && stages.stage() != it.convergo.challenge.ChallengeStage.OUTLINE) {
            // the proposals feature's shortlist screen, once the outlines have closed
            Anchor shortlist = new Anchor("firm/shortlist/" + id, getTranslation("challenge.dashboard.shortlist"));
            shortlist.setId("challenge-shortlist-link");
            links.add(shortlist);
        }
        add(back, heading, links, facts, counts, new H2(getTranslation("challenge.dashboard.perDay")), chart(d.perDay()),
                new H2(getTranslation("challenge.dashboard.questions")), questions());
    }

    private String timeLeft(Duration left) {
        String text = Countdown.duration(this, left);
        return text.isEmpty() ? "—" : text;
    }

    /** A small bar chart drawn on the server as SVG: one bar per day, labelled, with a text alternative. */
    private Component chart(Map<LocalDate, Long> perDay) {
        Div box = new Div();
        box.addClassName("cv-ch-chart");
        if (perDay.isEmpty()) {
            box.add(new Paragraph(getTranslation("challenge.dashboard.noSubmissions")));
            return box;
        }
        long max = perDay.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int barWidth = 28;
        int gap = 8;
        int height = 120;
        int width = perDay.size() * (barWidth + gap) + gap;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ")
                .append(width).append(' ').append(height + 30).append("' width='").append(width).append("' height='")
                .append(height + 30).append("'><title>").append(escape(getTranslation("challenge.dashboard.perDay"))).append("</title>");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM");
        int x = gap;
        StringBuilder text = new StringBuilder();
        for (var entry : perDay.entrySet()) {
            int h = (int) Math.round(entry.getValue() * (double) height / Math.max(1, max));
            svg.append("<rect x='").append(x).append("' y='").append(height - h).append("' width='").append(barWidth)
                    .append("' height='").append(h).append("' fill='#137a7f'/>")
                    .append("<text x='").append(x + barWidth / 2).append("' y='").append(height - h - 2)
                    .append("' font-size='10' text-anchor='middle'>").append(entry.getValue()).append("</text>")
                    .append("<text x='").append(x + barWidth / 2).append("' y='").append(height + 14)
                    .append("' font-size='9' text-anchor='middle'>").append(day.format(entry.getKey())).append("</text>");
            text.append(day.format(entry.getKey())).append(": ").append(entry.getValue()).append("; ");
            x += barWidth + gap;
        }
        svg.append("</svg>");
        box.getElement().setProperty("innerHTML", svg.toString());
        box.getElement().setAttribute("aria-label", text.toString());
        return box;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    private Component questions() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        var all = clarifications.questions(id);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("challenge.dashboard.noQuestions")));
        }
        for (ClarificationRow q : all) {
            Div card = new Div();
            card.addClassNames("cv-card", "cv-ch-question");
            card.add(new Paragraph(q.question()), ChallengeBadges.small(Times.format(q.askedAt(), getLocale())));
            if (q.answered()) {
                card.add(new Paragraph(getTranslation(q.publicAnswer() ? "challenge.qa.publicAnswer" : "challenge.qa.privateAnswer")
                        + " " + q.answer()));
            } else {
                TextArea answer = CountedText.area(getTranslation("challenge.qa.answer"), ChallengeLimits.ANSWER);
                Checkbox publicly = new Checkbox(getTranslation("challenge.qa.publish"), true);
                Button send = new Button(getTranslation("challenge.qa.send"), e -> {
                    clarifications.answer(q.id(), answer.getValue(), publicly.getValue());
                    Notifications.success("challenge.qa.sent");
                    getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                });
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(answer, publicly, send);
            }
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("challenge.dashboard.pageTitle", title) + " · Convergo";
    }
}
