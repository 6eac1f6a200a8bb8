package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.RouteIds;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.Visibility;
import it.convergo.network.InnovatorMatch;
import it.convergo.network.Invitations;
import it.convergo.network.Matchmaking;
import it.convergo.network.OrganisationImport;
import it.convergo.network.ProfileLogos;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/** The organisations that fit the firm's challenge, with the reasons, and one click to invite each. */
@Route("network/matches/:challengeId")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class MatchesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SHOWN = 20;

    private final Matchmaking matchmaking;
    private final Invitations invitations;
    private final Challenges challenges;
    private final OrganisationImport imports;
    private final ProfileLogos logos;
    private final Div list = new Div();
    private long challengeId;
    private boolean inviteOnly;

    MatchesView(Matchmaking matchmaking, Invitations invitations, Challenges challenges, OrganisationImport imports,
                ProfileLogos logos) {
        this.imports = imports;
        this.logos = logos;
        this.matchmaking = matchmaking;
        this.invitations = invitations;
        this.challenges = challenges;
        addClassName("cv-page-narrow");
        list.setId("matches");
        list.addClassName("cv-card-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.render(event, "challengeId", id -> {
            List<InnovatorMatch> matches = matchmaking.innovatorsFor(id, SHOWN);
            challengeId = id;
            var challenge = challenges.view(id);
            inviteOnly = challenge.visibility() == Visibility.INVITE_ONLY;
            removeAll();
            add(new Anchor("network", getTranslation("network.profile.back")), new H1(getTranslation("network.matches.title")),
                    new Paragraph(challenge.title()));
            if (inviteOnly) {
                // a list kept outside the portal: invited in one go, checked row by row first
                Button importButton = new Button(getTranslation("import.org.open"),
                        e -> new OrganisationImportDialog(imports, challengeId,
                                () -> show(matchmaking.innovatorsFor(challengeId, SHOWN))).open());
                importButton.setId("org-import-open");
                add(importButton);
            }
            add(new Paragraph(getTranslation("network.matches.lead")), list);
            show(matches);
        });
    }

    private void show(List<InnovatorMatch> matches) {
        list.removeAll();
        if (matches.isEmpty()) {
            list.add(new Paragraph(getTranslation("network.matches.empty")));
        }
        // which cards have a logo: one query for the list; each image is then fetched by its own request
        Set<Long> withLogo = logos.shown(matches.stream().map(InnovatorMatch::organisationId).toList());
        matches.forEach(m -> list.add(card(m, withLogo.contains(m.organisationId()))));
    }

    private Component card(InnovatorMatch m, boolean hasLogo) {
        Div card = new Div();
        card.addClassName("cv-card");
        card.add(OrganisationLogo.heading(logos, m.organisationId(), m.name(), hasLogo));
        if (m.type() != null) {
            card.add(new Span(getTranslation(m.type().labelKey())));
        }
        OrganisationLogo.reason(card, "network.matches.areas", m.areas().stream().map(a -> getTranslation(a.labelKey())).toList());
        OrganisationLogo.reason(card, "network.matches.sectors", m.sectors().stream().map(s -> getTranslation(s.labelKey())).toList());
        OrganisationLogo.reason(card, "network.matches.capabilities", m.capabilities());
        OrganisationLogo.reason(card, "network.matches.words", m.words());
        if (m.invited()) {
            card.add(new Span(getTranslation("network.matches.invited")));
        } else {
            Button invite = new Button(getTranslation(inviteOnly ? "network.matches.invite" : "network.matches.suggest"),
                    e -> Confirm.of(inviteOnly ? "network.matches.invite" : "network.matches.suggest",
                            getTranslation(inviteOnly ? "network.matches.inviteOnlyConfirm" : "network.matches.inviteConfirm",
                                    m.name())).then(() -> invite(m)));
            invite.setId("invite-" + m.organisationId());
            card.add(invite);
        }
        return card;
    }

    private void invite(InnovatorMatch m) {
        invitations.invite(challengeId, m.organisationId());
        // a suggestion reaches only the members who accept such mails: say so, without telling the firm who does
        Notifications.success(inviteOnly ? "network.matches.sent" : "network.matches.suggested", m.name());
        show(matchmaking.innovatorsFor(challengeId, SHOWN));
    }


    @Override
    public String getPageTitle() {
        return getTranslation("network.matches.title") + " · Convergo";
    }
}
