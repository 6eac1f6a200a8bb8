package it.convergo.challenge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Euros;
import it.convergo.base.ui.Countdown;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.challenge.AccessCodes;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.ChallengeFiles;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.ChallengeNda;
import it.convergo.challenge.ChallengePageDownload;
import it.convergo.challenge.ChallengePageNotice;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.ClarificationRow;
import it.convergo.challenge.Clarifications;
import it.convergo.challenge.CriterionDef;
import it.convergo.challenge.Eligibility;
import it.convergo.challenge.FaqEntry;
import it.convergo.challenge.Followers;
import it.convergo.challenge.RewardDef;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A challenge's public page at its stable address: what it asks and offers, until when, how proposals will be
 * judged, the brief, the FAQ; signed-in users can ask a question and follow it. Invite-only challenges look
 * exactly like a missing page unless the visitor is invited or enters the access code.
 */
@Route("challenges/:slug")
@AnonymousAllowed
class ChallengeDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalogue catalogue;
    private final AccessCodes codes;
    private final ChallengeFiles files;
    private final Followers followers;
    private final ChallengeNda nda;
    private final Clarifications clarifications;
    private final Clock clock;
    private final ObjectProvider<ChallengePageDownload> downloads;
    private final ObjectProvider<ChallengePageNotice> notices;
    private String slug = "";
    private String title = "";

    ChallengeDetailView(Catalogue catalogue, AccessCodes codes, ChallengeFiles files, Followers followers, ChallengeNda nda,
                        Clarifications clarifications, Clock clock, ObjectProvider<ChallengePageDownload> downloads,
                        ObjectProvider<ChallengePageNotice> notices) {
        this.notices = notices;
        this.catalogue = catalogue;
        this.codes = codes;
        this.files = files;
        this.followers = followers;
        this.nda = nda;
        this.clarifications = clarifications;
        this.clock = clock;
        this.downloads = downloads;
        addClassNames("cv-page-narrow", "cv-ch-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        render();
    }

    private void render() {
        removeAll();
        catalogue.bySlug(slug).ifPresentOrElse(this::show, this::notFound);
    }

    private void notFound() {
        title = getTranslation("error.notFound.title");
        add(new H1(title), new Paragraph(getTranslation("error.notFound")));
        if (CurrentUser.get().isPresent()) {
            TextField code = new TextField(getTranslation("challenge.detail.accessCode"));
            code.setId("challenge-access-code");
            Button open = new Button(getTranslation("challenge.detail.useCode"), e -> {
                try {
                    codes.enterAccessCode(slug, code.getValue());
                    render();
                } catch (UserFacingException ex) {
                    code.setInvalid(true);
                    code.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                }
            });
            open.setId("challenge-access-open");
            HorizontalLayout row = new HorizontalLayout(code, open);
            row.setAlignItems(Alignment.BASELINE);
            add(new Paragraph(getTranslation("challenge.detail.accessCode.help")), row);
        } else {
            add(new Paragraph(getTranslation("challenge.detail.accessCode.signIn")), new Anchor("login", getTranslation("nav.signIn")));
        }
        add(new Anchor("challenges", getTranslation("challenge.detail.back")));
    }

    private void show(ChallengeView c) {
        title = c.title();
        Locale locale = getLocale();
        Anchor back = new Anchor("challenges", getTranslation("challenge.detail.back"));
        back.addClassName("cv-breadcrumb");
        add(back);
        if (c.hasCover()) {
            Image cover = new Image(DownloadHandler.fromInputStream(e -> files.cover(c.id())
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(), f.content().length))
                    .orElse(DownloadResponse.error(404))), getTranslation("challenge.detail.cover"));
            cover.addClassName("cv-ch-cover");
            add(cover);
        }
        HorizontalLayout heading = new HorizontalLayout(ChallengeBadges.status(this, c.status(), c.closesAt(), clock),
                ChallengeBadges.small(c.firmName()));
        heading.setAlignItems(Alignment.CENTER);
        add(heading, new H1(c.title()));
        Paragraph summary = new Paragraph(c.summary());
        summary.addClassName("cv-ch-lead");
        add(summary);

        Div facts = new Div();
        facts.addClassName("cv-facts");
        if (c.stages().twoStage()) {
            // two-stage call: both deadlines, and where the call stands
            facts.add(new Fact(getTranslation("challenge.detail.opens"), Times.format(c.opensAt(), locale)),
                    new Fact(getTranslation("challenge.detail.outlineCloses"), Times.format(c.stages().outlineClosesAt(), locale)),
                    new Fact(getTranslation("challenge.detail.fullCloses"), Times.format(c.closesAt(), locale)));
            if (c.status() == ChallengeStatus.OPEN && c.stages().stage() != null) {
                Fact stage = new Fact(getTranslation("challenge.detail.stage"), getTranslation(c.stages().stage().labelKey()));
                stage.setId("challenge-stage");
                facts.add(stage);
            }
        } else {
            facts.add(new Fact(getTranslation("challenge.detail.opens"), Times.format(c.opensAt(), locale)),
                    new Fact(getTranslation("challenge.detail.closes"), Times.format(c.closesAt(), locale)));
        }
        if (c.status() == ChallengeStatus.OPEN || c.status() == ChallengeStatus.SCHEDULED) {
            facts.add(countdown(c));
        }
        facts.add(new Fact(getTranslation("challenge.catalogue.sector"), c.sector() == null ? "" : getTranslation(c.sector().labelKey())),
                new Fact(getTranslation("challenge.detail.areas"), c.areas().stream().map(a -> getTranslation(a.labelKey()))
                        .sorted().collect(Collectors.joining(", "))),
                new Fact(getTranslation("challenge.detail.trl"), c.trlMin() + "–" + c.trlMax()),
                new Fact(getTranslation("challenge.editor.ip"), getTranslation(c.ipTerms().labelKey())));
        if (c.evaluationEndsAt() != null) {
            facts.add(new Fact(getTranslation("challenge.editor.evaluationEndsAt"), Times.format(c.evaluationEndsAt(), locale)));
        }
        if (c.resultsAt() != null) {
            facts.add(new Fact(getTranslation("challenge.editor.resultsAt"), Times.format(c.resultsAt(), locale)));
        }
        add(facts, actions(c));
        // what other features announce here (the audience award's vote and results)
        notices.orderedStream().forEach(n -> n.notice(c.id(), locale).ifPresent(this::notice));

        add(new H2(getTranslation("challenge.detail.rewards")), rewards(c));
        section("challenge.detail.description", c.descriptionHtml());
        section("challenge.editor.problem", c.problemHtml());
        section("challenge.editor.outcome", c.expectedOutcomeHtml());
        add(new H2(getTranslation("challenge.detail.eligibility")), eligibility(c.eligibility()));
        if (c.ndaRequired()) {
            add(new Paragraph(getTranslation("challenge.detail.nda", c.ndaVersion())));
            if (CurrentUser.get().isPresent()) {
                add(nda(c));
            }
        }
        if (c.retentionMonths() != null) {
            add(new Paragraph(getTranslation("challenge.detail.retention", c.retentionMonths())));
        }
        add(new H2(getTranslation("challenge.detail.judged")), judged(c));
        if (c.brief() != null) {
            Anchor brief = new Anchor(DownloadHandler.fromInputStream(e -> files.brief(c.id())
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(), f.content().length))
                    .orElse(DownloadResponse.error(404))), getTranslation("challenge.detail.brief", c.brief().fileName(),
                    c.brief().pages(), Math.max(1, c.brief().sizeBytes() / 1024)));
            brief.addClassName("cv-ch-brief");
            add(new H2(getTranslation("challenge.editor.brief")), brief);
        }
        add(new H2(getTranslation("challenge.detail.faq")), faq(c));
    }

    private Component countdown(ChallengeView c) {
        boolean upcoming = c.status() == ChallengeStatus.SCHEDULED;
        java.time.Instant target = upcoming ? c.opensAt() : c.stages().deadline(c.stages().acceptsOutlines(), c.closesAt());
        Span value = new Span(Countdown.duration(this, java.time.Duration.between(clock.instant(), target)));
        value.setId("challenge-countdown");
        Div fact = new Div();
        fact.addClassName("cv-fact");
        Span label = new Span(getTranslation(upcoming ? "challenge.detail.opensIn" : "challenge.detail.timeLeft"));
        label.addClassName("cv-fact-label");
        value.addClassName("cv-fact-value");
        fact.add(label, value);
        return fact;
    }

    private Component actions(ChallengeView c) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true); // three actions do not fit a phone on one line
        // proposals feature: applicants start (or reopen) their organisation's proposal; the NDA and the
        // eligibility are checked on that page and by the server
        if (c.status() == ChallengeStatus.OPEN && CurrentUser.get().filter(u -> u.has(Role.APPLICANT)).isPresent()) {
            Anchor start = new Anchor("proposals/new/" + c.id(), getTranslation("proposal.start.button"));
            start.addClassNames("cv-button", "cv-button-primary");
            start.setId("challenge-start-proposal");
            row.add(start);
            if (CurrentUser.get().map(u -> u.organisationId() != null).orElse(false)) {
                // the network's consortium building, reached by its address: the challenge module does not depend on it
                Anchor partners = new Anchor("network/partners/" + c.id(), getTranslation("challenge.detail.partners"));
                partners.addClassNames("cv-button", "cv-button-secondary");
                partners.setId("challenge-find-partners");
                row.add(partners);
            }
        }
        if (CurrentUser.get().isPresent()) {
            boolean following = followers.isFollowing(c.id());
            Button follow = new Button(getTranslation(following ? "challenge.detail.unfollow" : "challenge.detail.follow"),
                    (following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create(), e -> {
                        if (following) {
                            followers.unfollow(c.id());
                        } else {
                            followers.follow(c.id());
                            Notifications.success("challenge.detail.followed");
                        }
                        render();
                    });
            follow.setId("challenge-follow");
            row.add(follow);
        } else {
            row.add(new Anchor("login", getTranslation("challenge.detail.signInToFollow")));
        }
        // files other features offer (the key dates as a calendar file), made and access-checked on click
        Locale locale = getLocale();
        downloads.orderedStream().forEach(d -> {
            Anchor file = new Anchor(DownloadHandler.fromInputStream(e -> d.content(c.id(), locale)
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), d.fileName(c), d.contentType(), bytes.length))
                    .orElse(DownloadResponse.error(404))), getTranslation(d.labelKey()));
            file.setId("challenge-" + d.name());
            row.add(file);
        });
        return row;
    }

    private void notice(ChallengePageNotice.Notice n) {
        Div card = new Div(new H3(n.heading()));
        card.setId("challenge-" + n.id());
        card.addClassName("cv-card");
        n.lines().forEach(line -> card.add(new Paragraph(line)));
        if (n.href() != null) {
            card.add(new Anchor(n.href(), n.linkText()));
        }
        add(card);
    }

    private void section(String key, String html) {
        if (html == null || html.isBlank()) {
            return;
        }
        Div body = new Div();
        body.addClassName("cv-ch-markdown");
        body.getElement().setProperty("innerHTML", html);
        add(new H2(getTranslation(key)), body);
    }

    /** The agreement's text and, for signed-in users, its acceptance (recorded with the version accepted). */
    private Component nda(ChallengeView c) {
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                getTranslation("challenge.detail.nda.read"));
        Paragraph text = new Paragraph(nda.ndaText(c.id()).orElse(""));
        text.addClassName("cv-ch-nda-text");
        details.add(text);
        if (nda.acceptedNda(c.id())) {
            details.add(new com.vaadin.flow.component.html.Span(getTranslation("challenge.detail.nda.accepted", c.ndaVersion())));
        } else {
            Button accept = new Button(getTranslation("challenge.detail.nda.accept"), e -> {
                nda.acceptNda(c.id());
                Notifications.success("challenge.detail.nda.done");
                render();
            });
            accept.setId("challenge-accept-nda");
            details.add(accept);
        }
        return details;
    }

    private Component rewards(ChallengeView c) {
        UnorderedList list = new UnorderedList();
        for (RewardDef r : c.rewards()) {
            String text = getTranslation(r.type().labelKey()) + (r.description() == null || r.description().isBlank() ? "" : ": " + r.description())
                    + (r.amount() == null ? "" : " (" + Euros.whole(r.amount(), getLocale()) + ")");
            list.add(new ListItem(text));
        }
        if (c.rewards().isEmpty()) {
            list.add(new ListItem(getTranslation("challenge.detail.noRewards")));
        }
        return list;
    }

    private Component eligibility(Eligibility e) {
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("challenge.detail.elig.types", e.types().isEmpty() ? getTranslation("challenge.detail.any")
                : e.types().stream().map(t -> getTranslation(t.labelKey())).sorted().collect(Collectors.joining(", ")))));
        list.add(new ListItem(getTranslation("challenge.detail.elig.countries", e.countries().isEmpty() ? getTranslation("challenge.detail.any")
                : String.join(", ", e.countries().stream().sorted().toList()))));
        if (!e.regions().isEmpty()) {
            list.add(new ListItem(getTranslation("challenge.detail.elig.regions",
                    e.regions().stream().map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", ")))));
        }
        list.add(new ListItem(getTranslation("challenge.detail.elig.size", e.maxSize() == null ? getTranslation("challenge.detail.any")
                : getTranslation(e.maxSize().labelKey()))));
        list.add(new ListItem(getTranslation(e.consortiaAllowed() ? "challenge.detail.elig.consortia" : "challenge.detail.elig.noConsortia")));
        return list;
    }

    private Component judged(ChallengeView c) {
        Div box = new Div();
        box.addClassName("cv-ch-criteria");
        for (CriterionDef k : c.evaluation().criteria()) {
            Div row = new Div(new H3(k.name()), new Paragraph(k.description() == null ? "" : k.description()),
                    ChallengeBadges.small(getTranslation("challenge.detail.criterion", plain(k.maxScore()), plain(k.step()),
                            plain(k.weight()), plain(k.threshold()), k.tieBreak())));
            row.addClassName("cv-card");
            box.add(row);
        }
        box.add(new Paragraph(getTranslation("challenge.detail.overall", plain(c.evaluation().overallThreshold()),
                plain(c.evaluation().maxTotal()), c.evaluation().evaluatorsPerProposal())));
        if (c.evaluation().blind()) {
            box.add(new Paragraph(getTranslation("challenge.detail.blind")));
        }
        return box;
    }

    /** A number without trailing zeros; the translation formats it with the reader's decimal separator. */
    private static Object plain(java.math.BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros();
    }

    private Component faq(ChallengeView c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        var entries = clarifications.faq(c.id());
        if (entries.isEmpty()) {
            box.add(new Paragraph(getTranslation("challenge.detail.faq.empty")));
        }
        for (FaqEntry f : entries) {
            Div item = new Div(new H3(f.question()), new Paragraph(f.answer()));
            item.addClassNames("cv-card", "cv-ch-faq");
            box.add(item);
        }
        boolean live = c.status() == ChallengeStatus.OPEN || c.status() == ChallengeStatus.SCHEDULED;
        if (CurrentUser.get().isPresent()) {
            for (ClarificationRow q : clarifications.myQuestions(c.id())) {
                Div mine = new Div(new Paragraph(getTranslation("challenge.detail.myQuestion", q.question())),
                        new Paragraph(q.answered() ? q.answer() : getTranslation("challenge.detail.waiting")));
                mine.addClassNames("cv-card", "cv-ch-faq", "cv-ch-mine");
                box.add(mine);
            }
            if (live) {
                TextArea question = CountedText.area(getTranslation("challenge.detail.ask"), ChallengeLimits.CLARIFICATION);
                question.setId("challenge-question");
                Button ask = new Button(getTranslation("challenge.detail.askButton"), e -> {
                    try {
                        clarifications.ask(c.id(), question.getValue());
                        Notifications.success("challenge.detail.asked");
                        render();
                    } catch (UserFacingException ex) {
                        question.setInvalid(true);
                        question.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                    }
                });
                ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                ask.setId("challenge-ask");
                box.add(new Paragraph(getTranslation("challenge.detail.ask.help")), question, ask);
            }
        } else if (live) {
            box.add(new Anchor("login", getTranslation("challenge.detail.signInToAsk")));
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · Convergo";
    }
}
