package it.convergo.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalRetention;
import it.convergo.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A proposal whose content the retention rule deleted: the firm and the applicant read the tombstone, no content. */
class PurgedProposalViewsTest extends KaribuTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalRetention retention;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount manager;
    UserAccount applicant;
    long challengeId;
    long proposalId;
    String title;

    @BeforeEach
    void purgedProposal() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        challengeId = fixtures.open(ChallengeFixtures.unique("Kept briefly"));
        applicant = fixtures.applicant();
        proposalId = proposals.submitted(applicant, challengeId);
        title = "Vision retrofit " + proposalId;
        fixtures.signOut();
        jdbc.update("update challenge set closes_at = ? where id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), Times.utcCalendar());
            ps.setLong(2, challengeId);
        });
        assertThat(retention.purge(List.of(proposalId), ProposalRetention.RETENTION_RULE)).isOne();
    }

    @Test
    void theFirmSeesWhenTheContentWentAndNoLinkToIt() {
        login(manager.getEmail());
        UI.getCurrent().navigate("proposals/" + proposalId + "/view");
        assertThat(pageText()).contains(t("proposal.purged.heading"), "Content deleted on", t("proposal.receipt.hash"))
                .doesNotContain(title, t("proposal.firm.dossier"), t("proposal.receipt.noFiles"));

        UI.getCurrent().navigate("firm/proposals", QueryParameters.of("challenge", String.valueOf(challengeId)));
        FirmProposalsView list = (FirmProposalsView) UI.getCurrent().getCurrentView();
        assertThat(GridKt._getFormattedRow(list.grid, 0)).anySatisfy(cell -> assertThat(cell).startsWith("Content deleted on"));
    }

    @Test
    void theApplicantSeesTheTombstoneInBothLanguages() {
        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/" + proposalId);
        assertThat(pageText()).contains(t("proposal.purged.heading"), "Content deleted on")
                .doesNotContain(title, t("proposal.mine.receiptLink"), t("proposal.editor.pdf"));

        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate("my-proposals");
        MyProposalsView view = (MyProposalsView) UI.getCurrent().getCurrentView();
        view.cards.fit(390);
        String card = GridKt._getCellComponent(view.grid, 0, "card").getElement().getTextRecursively();
        assertThat(card).contains("Contenuto cancellato il").doesNotContain(title,
                translations.get("proposal.mine.receiptLink", Locale.ITALIAN));
    }
}
