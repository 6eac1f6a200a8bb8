package it.convergo.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.proposal.DuplicateReport;
import it.convergo.proposal.DuplicateReport.EarlierProposal;
import it.convergo.proposal.DuplicateReport.NearDuplicate;

/**
 * On the firm's proposal page: its near-duplicates (linked when the firm may read them, otherwise only the fact
 * and the similarity) and the applicant's earlier proposals to this firm's challenges (none for a blind one).
 */
class DuplicatesSection extends Div {

    DuplicatesSection(DuplicateReport report) {
        setId("proposal-duplicates");
        addClassName("cv-proposal-answer");
        add(new H2(getTranslation("proposal.duplicates.title")));
        UnorderedList near = new UnorderedList();
        for (NearDuplicate d : report.nearDuplicates()) {
            String similarity = getTranslation("proposal.duplicates.similarity", d.similarityPercent());
            near.add(switch (d.where()) {
                case SAME_CHALLENGE -> new ListItem(new Anchor("proposals/" + d.proposalId() + "/view", d.title()),
                        new Span(" · " + getTranslation("proposal.duplicates.sameChallenge") + " · " + similarity));
                case OWN_CHALLENGE -> new ListItem(new Anchor("proposals/" + d.proposalId() + "/view", d.title()),
                        new Span(" · " + getTranslation("proposal.duplicates.ownChallenge", d.challengeTitle()) + " · " + similarity));
                case ELSEWHERE -> new ListItem(getTranslation("proposal.duplicates.elsewhere") + " · " + similarity);
            });
        }
        add(report.nearDuplicates().isEmpty() ? new Paragraph(getTranslation("proposal.duplicates.none")) : near);
        add(new H3(getTranslation("proposal.duplicates.earlier")));
        if (report.blind()) {
            add(new Paragraph(getTranslation("proposal.duplicates.blind")));
            return;
        }
        UnorderedList earlier = new UnorderedList();
        for (EarlierProposal e : report.earlier()) {
            earlier.add(new ListItem(new Anchor("proposals/" + e.proposalId() + "/view", e.title()),
                    new Span(" · " + e.challengeTitle() + " · " + Times.format(e.submittedAt(), getLocale()) + " · "
                            + getTranslation(e.status().labelKey()))));
        }
        add(report.earlier().isEmpty() ? new Paragraph(getTranslation("proposal.duplicates.noEarlier")) : earlier);
    }

    /** Only the firm's managers see duplicate flags (an admin reading the proposals does not). */
    static boolean visible() {
        return CurrentUser.get().filter(u -> u.has(Role.FIRM_MANAGER)).isPresent();
    }

    /** The list's "possible duplicate" badge, or an empty cell. */
    static Component flag(Component owner, boolean flagged) {
        if (!flagged) {
            return new Span();
        }
        Badge badge = new Badge(owner.getTranslation("proposal.duplicates.flag"), Badge.Tone.WARNING);
        badge.addClassName("cv-duplicate-flag");
        return badge;
    }
}
