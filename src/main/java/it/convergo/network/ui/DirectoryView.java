package it.convergo.network.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.FirmChallenges;
import it.convergo.network.ChallengeMatch;
import it.convergo.network.Matchmaking;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.base.ui.LazyGrids;
import it.convergo.challenge.Sector;
import it.convergo.network.Directory;
import it.convergo.network.DirectoryFilter;
import it.convergo.network.Facets;
import it.convergo.network.ProfileCard;
import it.convergo.network.ProfileLogos;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The network's directory: listed organisations, searched and filtered; each filter lists how many of the
 * current result carry a value. Visitors see public fields only, members also the members' fields.
 */
@Route("network")
@AnonymousAllowed
@Menu(title = "nav.network", icon = "vaadin:connect", order = 6)
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final Directory directory;
    private final TextField search = new TextField();
    private final ComboBox<TechnologyArea> area = new ComboBox<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final ComboBox<OrganisationType> type = new ComboBox<>();
    private final Checkbox partnering = new Checkbox();
    private final Grid<ProfileCard> grid = new Grid<>();
    private final Span count = new Span();
    private Facets facets = new Facets(Map.of(), Map.of(), Map.of(), Map.of());

    DirectoryView(Directory directory, Matchmaking matchmaking, FirmChallenges firmChallenges, ProfileLogos logos) {
        this.directory = directory;
        setSizeFull();
        addClassName("cv-network-directory");
        search.setId("network-search");
        search.setPlaceholder(getTranslation("network.directory.search"));
        search.setAriaLabel(getTranslation("network.directory.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        facet(area, "network-area", "network.directory.area", TechnologyArea.values(),
                a -> getTranslation(a.labelKey()) + counted(facets.areas().get(a)));
        facet(sector, "network-sector", "network.directory.sector", Sector.values(),
                s -> getTranslation(s.labelKey()) + counted(facets.sectors().get(s)));
        facet(region, "network-region", "network.directory.region", Region.values(),
                r -> getTranslation(r.labelKey()) + counted(facets.regions().get(r)));
        facet(type, "network-type", "network.directory.type", OrganisationType.values(),
                t -> getTranslation(t.labelKey()) + counted(facets.types().get(t)));
        partnering.setId("network-partnering");
        partnering.setLabel(getTranslation("network.directory.partnering"));

        grid.setId("network-grid");
        grid.addComponentColumn(c -> {
                    Div name = new Div(OrganisationLogo.of(logos, c.organisationId(), c.name(), c.hasLogo(), false),
                            new Anchor("network/" + c.organisationId(), c.name()));
                    name.addClassName("cv-org-logo-name");
                    return name;
                })
                .setHeader(getTranslation("network.directory.name")).setFlexGrow(2);
        grid.addColumn(c -> c.type() == null ? "" : getTranslation(c.type().labelKey()))
                .setHeader(getTranslation("network.directory.type"));
        grid.addColumn(c -> c.areas().stream().map(a -> getTranslation(a.labelKey())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("network.directory.area")).setFlexGrow(2);
        grid.addColumn(c -> c.region() == null ? "" : getTranslation(c.region().labelKey()))
                .setHeader(getTranslation("network.directory.region"));
        grid.addColumn(ProfileCard::summary).setHeader(getTranslation("network.directory.summary")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("network.directory.empty"));
        grid.setSizeFull();
        LazyGrids.bind(grid, p -> directory.search(filter(), (int) p.getOffset(), p.getPageSize(), getLocale()),
                () -> directory.count(filter()));

        search.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        partnering.addValueChangeListener(e -> refresh());

        FlexLayout bar = new FlexLayout(search, area, sector, region, type, partnering, count);
        bar.addClassName("cv-filter-bar");
        add(new H1(getTranslation("network.directory.title")), new Paragraph(getTranslation(
                CurrentUser.get().isPresent() ? "network.directory.leadMember" : "network.directory.leadVisitor")));
        if (CurrentUser.get().map(u -> u.organisationId() != null).orElse(false)) {
            Anchor mine = new Anchor("network/profile", getTranslation("network.directory.myProfile"));
            mine.setId("network-my-profile");
            add(mine);
        }
        if (CurrentUser.get().isPresent()) {
            Anchor exchange = new Anchor("network/exchange", getTranslation("exchange.directory.link"));
            exchange.setId("network-exchange");
            add(exchange);
        }
        if (CurrentUser.get().map(u -> u.has(Role.FIRM_MANAGER)).orElse(false)) {
            add(findInnovators(firmChallenges));
        }
        if (CurrentUser.get().map(u -> u.organisationId() != null).orElse(false)) {
            add(forMe(matchmaking));
        }
        add(bar, grid);
        refresh();
    }

    /** For firm managers: one of their challenges, to see who fits it. */
    private Component findInnovators(FirmChallenges firmChallenges) {
        ComboBox<ChallengeRow> mine = new ComboBox<>(getTranslation("network.matches.find"));
        mine.setId("network-find-innovators");
        mine.setItems(firmChallenges.mine("", null, PageRequest.of(0, 100)));
        mine.setItemLabelGenerator(ChallengeRow::title);
        mine.setWidth("min(100%, 32rem)");
        mine.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate("network/matches/" + e.getValue().id());
            }
        });
        return mine;
    }

    /** For members with a profile: the live challenges that fit it. */
    private Component forMe(Matchmaking matchmaking) {
        Details details = new Details(getTranslation("network.forMe.title"));
        details.setId("network-for-me");
        List<ChallengeMatch> matches = matchmaking.challengesForMe(5);
        if (matches.isEmpty()) {
            details.add(new Paragraph(getTranslation("network.forMe.empty")));
        }
        for (ChallengeMatch m : matches) {
            Div line = new Div(new Anchor("challenges/" + m.slug(), m.title()));
            if (!m.words().isEmpty()) {
                line.add(new Paragraph(getTranslation("network.matches.words", String.join(", ", m.words()))));
            }
            details.add(line);
        }
        details.setOpened(!matches.isEmpty());
        return details;
    }

    private <T extends Comparable<T>> void facet(ComboBox<T> box, String id, String key, T[] values,
                                                 ItemLabelGenerator<T> label) {
        box.setId(id);
        box.setItems(values);
        box.setItemLabelGenerator(label);
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
    }

    private String counted(Long n) {
        return n == null ? " (0)" : " (" + n + ")";
    }

    DirectoryFilter filter() {
        return new DirectoryFilter(search.getValue(), area.getValue(), sector.getValue(), region.getValue(),
                type.getValue(), partnering.getValue());
    }

    private void refresh() {
        facets = directory.facets(filter());
        count.setText(getTranslation("network.directory.count", directory.count(filter())));
        for (ComboBox<?> box : java.util.List.of(area, sector, region, type)) {
            box.getDataProvider().refreshAll();
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.directory.title") + " · Convergo";
    }
}
