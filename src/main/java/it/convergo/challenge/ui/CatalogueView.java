package it.convergo.challenge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.convergo.account.OrganisationType;
import it.convergo.base.TechnologyArea;
import it.convergo.base.Times;
import it.convergo.base.ui.Euros;
import it.convergo.base.ui.LazyGrids;
import it.convergo.challenge.Catalogue;
import it.convergo.challenge.CatalogueFilter;
import it.convergo.challenge.ChallengeCard;
import it.convergo.challenge.RewardType;
import it.convergo.challenge.Sector;
import java.time.Clock;
import java.util.EnumSet;

/** The public catalogue: search, filters and sorting over a lazily paged query, as cards or as a list. */
@Route("challenges")
@AnonymousAllowed
@Menu(title = "nav.challenges", icon = "vaadin:search", order = 5)
class CatalogueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Catalogue service;
    private final Clock clock;
    private final TextField search = new TextField();
    private final CheckboxGroup<CatalogueFilter.Phase> phases = new CheckboxGroup<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<TechnologyArea> area = new ComboBox<>();
    private final ComboBox<RewardType> reward = new ComboBox<>();
    private final ComboBox<OrganisationType> eligible = new ComboBox<>();
    private final DatePicker deadline = new DatePicker();
    private final Select<CatalogueFilter.Sort> sort = new Select<>();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final VirtualList<ChallengeCard> cards = new VirtualList<>();
    private final Grid<ChallengeCard> list = new Grid<>();
    private final Span count = new Span();

    CatalogueView(Catalogue service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        addClassName("cv-ch-catalogue");
        search.setPlaceholder(getTranslation("challenge.catalogue.search"));
        search.setAriaLabel(getTranslation("challenge.catalogue.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        phases.setAriaLabel(getTranslation("challenge.catalogue.phases"));
        phases.setItems(CatalogueFilter.Phase.values());
        phases.setItemLabelGenerator(p -> getTranslation("challenge.catalogue.phase." + p.name()));
        phases.setValue(EnumSet.of(CatalogueFilter.Phase.OPEN, CatalogueFilter.Phase.UPCOMING));
        setUp(sector, "challenge.catalogue.sector", Sector.values(), s -> getTranslation(s.labelKey()));
        setUp(area, "challenge.catalogue.area", TechnologyArea.values(), a -> getTranslation(a.labelKey()));
        setUp(reward, "challenge.catalogue.reward", RewardType.values(), r -> getTranslation(r.labelKey()));
        setUp(eligible, "challenge.catalogue.eligibleFor", OrganisationType.values(), t -> getTranslation(t.labelKey()));
        deadline.setPlaceholder(getTranslation("challenge.catalogue.deadlineBy"));
        deadline.setAriaLabel(getTranslation("challenge.catalogue.deadlineBy"));
        deadline.setClearButtonVisible(true);
        sort.setItems(CatalogueFilter.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("challenge.catalogue.sort." + s.name()));
        sort.setValue(CatalogueFilter.Sort.DEADLINE);
        sort.setAriaLabel(getTranslation("challenge.catalogue.sortBy"));
        mode.setItems("cards", "list");
        mode.setItemLabelGenerator(m -> getTranslation("challenge.catalogue.mode." + m));
        mode.setValue("cards");
        mode.setAriaLabel(getTranslation("challenge.catalogue.mode"));
        mode.addValueChangeListener(e -> showMode());
        if (it.convergo.account.CurrentUser.get().map(u -> u.has(it.convergo.account.Role.APPLICANT)).orElse(false)) {
            service.myOrganisationType().ifPresent(eligible::setValue);
        }
        search.setId("catalogue-search");
        sector.setId("catalogue-sector");
        mode.setId("catalogue-mode");
        FlexLayout bar = new FlexLayout(search, sector, area, reward, eligible, deadline, sort);
        bar.addClassName("cv-filter-bar");
        FlexLayout second = new FlexLayout(phases, mode, count);
        second.addClassNames("cv-filter-bar", "cv-ch-second-bar");

        cards.setRenderer(new ComponentRenderer<>(this::card));
        cards.setDataProvider(com.vaadin.flow.data.provider.DataProvider.fromCallbacks(
                q -> service.catalogue(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, service.countCatalogue(filter()))));
        cards.setSizeFull();
        cards.addClassName("cv-ch-cards");

        list.addComponentColumn(c -> new Anchor("challenges/" + c.slug(), c.title())).setHeader(getTranslation("challenge.mine.titleColumn")).setFlexGrow(3);
        list.addColumn(ChallengeCard::firmName).setHeader(getTranslation("challenge.catalogue.firm")).setFlexGrow(2);
        list.addComponentColumn(c -> ChallengeBadges.status(this, c.status(), c.closesAt(), clock)).setHeader(getTranslation("challenge.mine.state"));
        list.addColumn(c -> c.sector() == null ? "" : getTranslation(c.sector().labelKey())).setHeader(getTranslation("challenge.catalogue.sector"));
        list.addColumn(c -> ChallengeBadges.deadline(this, c.status(), c.closesAt(), clock)).setHeader(getTranslation("challenge.mine.closes")).setFlexGrow(2);
        list.setEmptyStateText(getTranslation("challenge.catalogue.empty"));
        list.setSizeFull();
        LazyGrids.bind(list, p -> service.catalogue(filter(), p), () -> service.countCatalogue(filter()));

        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {search, phases, sector, area, reward, eligible, deadline, sort}) {
            field.addValueChangeListener(e -> refresh());
        }
        add(new H1(getTranslation("challenge.catalogue.title")), new Paragraph(getTranslation("challenge.catalogue.lead")),
                bar, second, cards, list);
        showMode();
        refresh();
    }

    private <T> void setUp(ComboBox<T> box, String key, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        box.setItems(values);
        box.setItemLabelGenerator(label);
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
    }

    CatalogueFilter filter() {
        return new CatalogueFilter(search.getValue(), phases.getValue(), sector.getValue(), area.getValue(), reward.getValue(),
                eligible.getValue(), deadline.getValue(), sort.getValue());
    }

    private void refresh() {
        long n = service.countCatalogue(filter());
        count.setText(getTranslation("challenge.catalogue.count", n));
        cards.getDataProvider().refreshAll();
        list.getDataProvider().refreshAll();
    }

    private void showMode() {
        boolean asCards = "cards".equals(mode.getValue());
        cards.setVisible(asCards);
        list.setVisible(!asCards);
    }

    private Component card(ChallengeCard c) {
        Anchor card = new Anchor("challenges/" + c.slug(), "");
        card.addClassNames("cv-card", "cv-card-link", "cv-ch-card");
        Div top = new Div(ChallengeBadges.status(this, c.status(), c.closesAt(), clock));
        top.addClassName("cv-ch-card-top");
        if (c.sector() != null) {
            top.add(ChallengeBadges.small(getTranslation(c.sector().labelKey())));
        }
        Span firm = ChallengeBadges.small(c.firmName());
        card.add(top, new H3(c.title()), firm);
        if (c.summary() != null) {
            Paragraph summary = new Paragraph(c.summary());
            summary.addClassName("cv-ch-card-summary");
            card.add(summary);
        }
        Div bottom = new Div();
        bottom.addClassName("cv-ch-card-bottom");
        if (c.status() == it.convergo.challenge.ChallengeStatus.SCHEDULED) {
            bottom.add(new Span(getTranslation("challenge.catalogue.opensOn", Times.format(c.opensAt(), getLocale()))));
        } else if (c.stage() != null && c.status() == it.convergo.challenge.ChallengeStatus.OPEN) {
            // a two-stage call: what an applicant can send now, and until when, not the full stage's deadline
            bottom.add(new Span(switch (c.stage()) {
                case OUTLINE -> getTranslation("challenge.catalogue.outlinesUntil",
                        ChallengeBadges.deadline(this, c.status(), c.outlineClosesAt(), clock));
                case SHORTLIST -> getTranslation("challenge.catalogue.shortlisting");
                case FULL -> getTranslation("challenge.catalogue.fullUntil",
                        ChallengeBadges.deadline(this, c.status(), c.closesAt(), clock));
            }));
        } else {
            boolean over = c.status() == it.convergo.challenge.ChallengeStatus.CLOSED
                    || c.status() == it.convergo.challenge.ChallengeStatus.DECIDED;
            bottom.add(new Span(getTranslation(over ? "challenge.catalogue.closedOn" : "challenge.catalogue.closesOn",
                    ChallengeBadges.deadline(this, c.status(), c.closesAt(), clock))));
        }
        if (c.rewardTotal() != null) {
            bottom.add(new Span(getTranslation("challenge.catalogue.rewardTotal", Euros.whole(c.rewardTotal(), getLocale()))));
        }
        card.add(bottom);
        return card;
    }

    /** "?phase=OPEN" (the admin overview's link) shows that phase only; an unknown phase is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("phase")
                .flatMap(p -> java.util.Arrays.stream(CatalogueFilter.Phase.values()).filter(v -> v.name().equals(p)).findFirst())
                .ifPresent(p -> phases.setValue(EnumSet.of(p)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("challenge.catalogue.title") + " · Convergo";
    }
}
