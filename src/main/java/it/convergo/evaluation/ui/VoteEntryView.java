package it.convergo.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.evaluation.vote.EntryView;
import it.convergo.evaluation.vote.PrizeVoteEntries;
import it.convergo.evaluation.vote.VoteSettings;
import jakarta.annotation.security.RolesAllowed;

/**
 * The applicant's consent to the audience award: whether its proposal is shown to voters, with a title and a short
 * summary written for the public (the proposal itself is never shown). It can change its mind until the vote opens.
 */
@Route("vote-entry/:proposalId")
@RolesAllowed(Role.APPLICANT_NAME)
class VoteEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PrizeVoteEntries entries;
    private long proposalId;

    VoteEntryView(PrizeVoteEntries entries) {
        this.entries = entries;
        addClassName("cv-page-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "proposalId", id -> {
            proposalId = id;
            render(entries.mine(id).orElseThrow(() -> new UserFacingException("error.notFound")));
        });
    }

    private void render(EntryView e) {
        removeAll();
        Anchor back = new Anchor("my-proposals", getTranslation("evaluation.result.back"));
        back.addClassName("cv-breadcrumb");
        add(back, new H1(getTranslation("vote.entry.title", e.prizeName())),
                new Badge(getTranslation(e.optedIn() ? "vote.entry.in" : "vote.entry.out"),
                        e.optedIn() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL),
                new Paragraph(getTranslation("vote.entry.intro", e.proposalTitle(), e.challengeTitle(),
                        Times.format(e.opensAt(), getLocale()), Times.format(e.closesAt(), getLocale()))),
                new Paragraph(getTranslation("vote.entry.privacy")));
        if (!e.editable()) {
            if (e.optedIn()) {
                Div card = new Div(new H3(e.publicTitle()), new Paragraph(e.publicSummary()));
                card.addClassName("cv-card");
                add(card);
            }
            add(new Paragraph(getTranslation("vote.entry.locked")));
            return;
        }
        TextField title = CountedText.field(getTranslation("vote.entry.publicTitle"), VoteSettings.PUBLIC_TITLE);
        title.setId("vote-entry-title");
        title.setWidthFull();
        title.setValue(e.publicTitle() == null ? "" : e.publicTitle());
        TextArea summary = CountedText.area(getTranslation("vote.entry.publicSummary"), VoteSettings.PUBLIC_SUMMARY);
        summary.setId("vote-entry-summary");
        summary.setWidthFull();
        summary.setHelperText(getTranslation("vote.entry.summaryHelp"));
        summary.setValue(e.publicSummary() == null ? "" : e.publicSummary());
        Button in = new Button(getTranslation(e.optedIn() ? "vote.entry.save" : "vote.entry.optIn"), click -> act(() ->
                entries.optIn(proposalId, title.getValue(), summary.getValue(), e.version()), "vote.entry.savedIn"));
        in.setId("vote-entry-in");
        in.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(in);
        actions.setWrap(true);
        if (e.optedIn()) {
            Button out = new Button(getTranslation("vote.entry.optOut"), click -> act(() -> entries.optOut(proposalId, e.version()),
                    "vote.entry.savedOut"));
            out.setId("vote-entry-out");
            actions.add(out);
        }
        add(title, summary, actions);
    }

    private void act(Runnable command, String successKey) {
        try {
            command.run();
            Notifications.success(successKey);
        } catch (UserFacingException refused) {
            Notifications.error(refused);
        }
        entries.mine(proposalId).ifPresent(this::render);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vote.entry.pageTitle") + " · Convergo";
    }
}
