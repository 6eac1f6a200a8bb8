package it.convergo.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.TableDownloads;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.FirmChallenges;
import it.convergo.proposal.Duplicates;
import it.convergo.proposal.FirmProposals;
import it.convergo.proposal.ProposalRow;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * The firm's submitted proposals of one of its challenges, readable once the challenge has closed (the
 * server refuses before). Drafts never appear.
 */
@Route("firm/proposals")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.firmProposals", icon = "vaadin:records", order = 20)
class FirmProposalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirmProposals proposals;
    private final Duplicates duplicates;
    /** Proposals of the shown challenge with a near-duplicate (firm managers only). */
    private Set<Long> flagged = Set.of();
    final Select<ChallengeRow> challenge = new Select<>();
    final Grid<ProposalRow> grid = new Grid<>();
    final Paragraph message = new Paragraph();
    final HorizontalLayout exports;

    FirmProposalsView(FirmProposals proposals, FirmChallenges challenges, Duplicates duplicates) {
        this.proposals = proposals;
        this.duplicates = duplicates;
        addClassNames("cv-page", "cv-proposals");
        List<ChallengeRow> mine = challenges.mine("", null, PageRequest.of(0, 200));
        challenge.setLabel(getTranslation("proposal.firm.challenge"));
        challenge.setItems(mine);
        challenge.setItemLabelGenerator(c -> c == null ? "" : c.title() + " · " + getTranslation(c.status().labelKey()));
        challenge.setWidthFull();
        challenge.addValueChangeListener(e -> show(e.getValue()));
        grid.addColumn(r -> r.purgedAt() == null ? r.title() : ProposalUi.purged(this, r.purgedAt())).setHeader(getTranslation("proposal.field.title")).setFlexGrow(3);
        grid.addColumn(ProposalRow::acronym).setHeader(getTranslation("proposal.field.acronym")).setAutoWidth(true);
        grid.addColumn(ProposalRow::organisationName).setHeader(getTranslation("proposal.receipt.organisation")).setFlexGrow(2);
        grid.addComponentColumn(r -> ProposalUi.badge(this, r.status(), false)).setHeader(getTranslation("proposal.mine.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> Times.format(r.submittedAt(), getLocale())).setHeader(getTranslation("proposal.firm.submittedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> DuplicatesSection.flag(this, flagged.contains(r.id()))).setKey("duplicate").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + e.getItem().id() + "/view")));
        grid.setVisible(false);
        message.addClassName("cv-empty-state");
        message.setText(getTranslation(mine.isEmpty() ? "proposal.firm.noChallenges" : "proposal.firm.pick"));
        exports = TableDownloads.of(() -> proposals.tableForFirm(challenge.getValue().id(), getLocale()), "proposals",
                "firm-proposals");
        exports.setVisible(false);
        add(new H1(getTranslation("proposal.firm.title")), challenge, message, exports, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter("challenge");
        wanted.flatMap(w -> challenge.getListDataView().getItems().filter(c -> String.valueOf(c.id()).equals(w)).findFirst())
                .ifPresent(challenge::setValue);
    }

    private void show(ChallengeRow row) {
        if (row == null) {
            grid.setVisible(false);
            exports.setVisible(false);
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new com.vaadin.flow.router.Location("firm/proposals",
                QueryParameters.simple(Map.of("challenge", String.valueOf(row.id()))))));
        try {
            long count = proposals.countForFirm(row.id());
            flagged = DuplicatesSection.visible() ? duplicates.flagged(row.id()) : Set.of();
            LazyGrids.bind(grid, page -> proposals.forFirm(row.id(), page), () -> proposals.countForFirm(row.id()));
            grid.setVisible(count > 0);
            exports.setVisible(count > 0);
            message.setVisible(count == 0);
            message.setText(getTranslation("proposal.firm.none"));
        } catch (UserFacingException e) {
            grid.setVisible(false);
            exports.setVisible(false);
            message.setVisible(true);
            message.setText(getTranslation(e.messageKey(), e.params()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.firm.title") + " · Convergo";
    }
}
