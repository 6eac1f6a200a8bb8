package it.convergo.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.base.Times;
import it.convergo.base.ui.Fact;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What is left of a proposal whose content the challenge's retention rule deleted: when that happened, the
 * outcome, and the record of the submission (version, time, content hash), with no link to content that is gone.
 */
final class PurgedProposal extends Div {

    PurgedProposal(Instant purgedAt, @Nullable String outcomeNote, int version, Instant submittedAt, String contentHash) {
        addClassNames("cv-card", "cv-proposal-section");
        setId("purged");
        Paragraph notice = new Paragraph(ProposalUi.purged(this, purgedAt));
        notice.addClassName("cv-proposal-banner");
        add(notice);
        if (outcomeNote != null) {
            add(new Paragraph(getTranslation("proposal.read.outcome", ProposalUi.outcomeNote(this, outcomeNote))));
        }
        Div facts = new Div(new Fact(getTranslation("proposal.receipt.version"), String.valueOf(version)),
                new Fact(getTranslation("proposal.receipt.submittedAt"), Times.format(submittedAt, getLocale())));
        facts.addClassName("cv-facts");
        Fact hash = new Fact(getTranslation("proposal.receipt.hash"), contentHash);
        hash.addClassName("cv-proposal-hashfact");
        add(facts, hash);
    }
}
