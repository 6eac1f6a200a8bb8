package it.convergo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A grid that is one column of cards on a phone and its wide columns on a desk, switched by the window
 * width: people check their lists on a phone, where five columns would be cut to unreadable slivers.
 */
public final class PhoneCards<T> {

    /** Below this window width (px, as the style sheet's phone breakpoint) each row is one card. */
    public static final int NARROW = 640;

    private final Grid.Column<T> cardColumn;
    private final List<Grid.Column<T>> wideColumns;
    private @Nullable Registration resize;

    private PhoneCards(Grid.Column<T> cardColumn, List<Grid.Column<T>> wideColumns) {
        this.cardColumn = cardColumn;
        this.wideColumns = wideColumns;
    }

    /**
     * Adds a hidden card column (key {@code card}) after the grid's columns, which become the wide ones, and
     * switches between them as the window of {@code view} is sized, from the moment the view is attached.
     */
    public static <T> PhoneCards<T> add(Component view, Grid<T> grid, ValueProvider<T, ? extends Component> card, String header) {
        List<Grid.Column<T>> wide = List.copyOf(grid.getColumns());
        Grid.Column<T> cards = grid.addComponentColumn(card::apply).setHeader(header).setKey("card");
        cards.setVisible(false);
        PhoneCards<T> switcher = new PhoneCards<>(cards, wide);
        view.addAttachListener(e -> switcher.follow(e.getUI().getPage()));
        view.addDetachListener(e -> switcher.stop());
        return switcher;
    }

    /** Cards below {@link #NARROW} px of window width, the wide columns above; an unknown width keeps the grid. */
    public void fit(int windowWidth) {
        if (windowWidth <= 0) {
            return;
        }
        boolean narrow = windowWidth < NARROW;
        cardColumn.setVisible(narrow);
        wideColumns.forEach(c -> c.setVisible(!narrow));
    }

    public Grid.Column<T> cardColumn() {
        return cardColumn;
    }

    public List<Grid.Column<T>> wideColumns() {
        return wideColumns;
    }

    private void follow(Page page) {
        ExtendedClientDetails details = page.getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            fit(details.getWindowInnerWidth());
        } else {
            page.retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth()));
        }
        stop();
        resize = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    private void stop() {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }
}
