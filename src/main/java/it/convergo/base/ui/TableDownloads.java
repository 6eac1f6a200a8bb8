package it.convergo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import it.convergo.base.SpreadsheetXlsx;
import it.convergo.base.Table;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The two downloads of a table, side by side: CSV for any tool, XLSX for spreadsheets. The table is asked for
 * when a link is followed, with the filters as they are then, so the file is what the grid shows.
 */
public final class TableDownloads {

    private TableDownloads() {
    }

    public static HorizontalLayout of(Supplier<Table> table, String fileName, String idPrefix) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Anchor csv = new Anchor(Downloads.of(() -> table.get().csv(locale).getBytes(StandardCharsets.UTF_8), fileName + ".csv",
                "text/csv"), ui.getTranslation("export.csv"));
        csv.setId(idPrefix + "-csv");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(Downloads.of(() -> table.get().xlsx(), fileName + ".xlsx", SpreadsheetXlsx.CONTENT_TYPE),
                ui.getTranslation("export.xlsx"));
        xlsx.setId(idPrefix + "-xlsx");
        xlsx.getElement().setAttribute("download", true);
        HorizontalLayout links = new HorizontalLayout(csv, xlsx);
        links.addClassName("cv-exports");
        return links;
    }
}
