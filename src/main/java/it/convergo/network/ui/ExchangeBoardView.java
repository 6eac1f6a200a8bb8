package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import it.convergo.base.TechnologyArea;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.PhoneCards;
import it.convergo.base.ui.RowCard;
import it.convergo.network.exchange.Arrangement;
import it.convergo.network.exchange.Board;
import it.convergo.network.exchange.BoardFilter;
import it.convergo.network.exchange.MyPosts;
import it.convergo.network.exchange.PostCard;
import it.convergo.network.exchange.PostKind;
import jakarta.annotation.security.PermitAll;

/**
 * The board of technology needs and offers, for signed-in members: filtered by kind, area and arrangement,
 * searched in titles and summaries, newest first, paged lazily; a card per post on a phone.
 */
@Route("network/exchange")
@PermitAll
@Menu(title = "nav.exchange", icon = "vaadin:exchange", order = 7)
class ExchangeBoardView extends VerticalLayout implements HasDynamicTitle {

    private final Board board;
    final TextField search = new TextField();
    final ComboBox<PostKind> kind = new ComboBox<>();
    final ComboBox<TechnologyArea> area = new ComboBox<>();
    final ComboBox<Arrangement> arrangement = new ComboBox<>();
    final Grid<PostCard> grid = new Grid<>();
    final PhoneCards<PostCard> cards;
    private final Span count = new Span();

    ExchangeBoardView(Board board) {
        this.board = board;
        addClassName("cv-page");
        add(new Anchor("network", getTranslation("network.profile.back")), new H1(getTranslation("exchange.board.title")),
                new Paragraph(getTranslation("exchange.board.lead")));
        Div actions = new Div();
        actions.addClassName("cv-hero-actions");
        if (MyPosts.mayPost(PostKind.OFFER)) {
            Anchor post = new Anchor("network/exchange/edit", getTranslation("exchange.board.post"));
            post.setId("exchange-post");
            post.addClassNames("cv-button", "cv-button-primary");
            Anchor mine = new Anchor("network/exchange/mine", getTranslation("exchange.mine.title"));
            mine.setId("exchange-mine");
            mine.addClassNames("cv-button", "cv-button-secondary");
            actions.add(post, mine);
            add(actions);
        }
        search.setId("exchange-search");
        search.setPlaceholder(getTranslation("exchange.board.search"));
        search.setAriaLabel(getTranslation("exchange.board.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        filter(kind, "exchange-kind", "exchange.board.kind", PostKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        filter(area, "exchange-area", "network.directory.area", TechnologyArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        filter(arrangement, "exchange-arrangement", "exchange.board.arrangement", Arrangement.values());
        arrangement.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        count.setId("exchange-count");
        FlexLayout bar = new FlexLayout(search, kind, area, arrangement, count);
        bar.addClassName("cv-filter-bar");

        grid.setId("exchange-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("60vh");
        grid.setMinHeight("16em");
        grid.addComponentColumn(ExchangeUi::title).setHeader(getTranslation("exchange.board.post.header")).setFlexGrow(3);
        grid.addComponentColumn(p -> ExchangeUi.kind(this, p.kind())).setHeader(getTranslation("exchange.board.kind"))
                .setAutoWidth(true);
        grid.addColumn(p -> ExchangeUi.what(this, p)).setHeader(getTranslation("exchange.board.what")).setFlexGrow(2);
        grid.addColumn(p -> ExchangeUi.until(this, p)).setHeader(getTranslation("exchange.board.expires")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("exchange.board.empty"));
        cards = PhoneCards.add(this, grid, this::card, getTranslation("exchange.board.posts"));
        LazyGrids.bind(grid, p -> board.search(filter(), (int) p.getOffset(), p.getPageSize()), () -> board.count(filter()));

        search.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        arrangement.addValueChangeListener(e -> refresh());
        add(bar, grid);
        refresh();
    }

    private Component card(PostCard p) {
        Span summary = new Span(p.summary().length() > 180 ? p.summary().substring(0, 177) + "…" : p.summary());
        return new RowCard(ExchangeUi.title(p)).line(ExchangeUi.kind(this, p.kind()), new Span(ExchangeUi.until(this, p)))
                .then(new Paragraph(ExchangeUi.what(this, p)), summary);
    }

    private <T> void filter(ComboBox<T> box, String id, String key, T[] values) {
        box.setId(id);
        box.setItems(values);
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
    }

    BoardFilter filter() {
        return new BoardFilter(kind.getValue(), area.getValue(), arrangement.getValue(), search.getValue());
    }

    private void refresh() {
        count.setText(getTranslation("exchange.board.count", board.count(filter())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.board.title") + " · Convergo";
    }
}
