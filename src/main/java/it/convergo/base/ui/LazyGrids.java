package it.convergo.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Pageable;

/** Binds a grid to a paged query and a count, so it only ever loads the rows on screen. */
public final class LazyGrids {

    private LazyGrids() {
    }

    public static <T> void bind(Grid<T> grid, Function<Pageable, List<T>> page, LongSupplier count) {
        grid.setItems(query -> page.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count.getAsLong()));
    }
}
