package it.convergo.account.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.convergo.account.EvaluatorImport;
import it.convergo.account.EvaluatorImport.Line;
import it.convergo.base.SpreadsheetReader;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.SingleFileUpload;
import java.util.List;

/**
 * Invites a list of evaluators from a CSV or XLSX file: the file is checked row by row and shown before anyone
 * is invited; only the rows without a problem are invited, and the others say why.
 */
class EvaluatorImportDialog extends Dialog {

    private static final long MAX_BYTES = 2L << 20;

    private final EvaluatorImport imports;
    private final Runnable onInvited;
    private final Grid<Line> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button invite = new Button();
    private List<Line> lines = List.of();

    EvaluatorImportDialog(EvaluatorImport imports, Runnable onInvited) {
        this.imports = imports;
        this.onInvited = onInvited;
        setHeaderTitle(getTranslation("admin.import.title"));
        setWidth("min(60rem, 100vw)");
        SingleFileUpload upload = new SingleFileUpload(MAX_BYTES, (name, file) -> show(imports.preview(SpreadsheetReader.read(name, file))),
                Notifications::error, ".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setId("admin-import-upload");
        preview.setId("admin-import-preview");
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        preview.addColumn(Line::row).setHeader(getTranslation("admin.import.row")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(Line::email).setHeader(getTranslation("register.email")).setFlexGrow(2);
        preview.addColumn(Line::fullName).setHeader(getTranslation("register.fullName")).setFlexGrow(2);
        preview.addColumn(l -> getTranslation("language." + l.language().getLanguage())).setHeader(getTranslation("language.label"))
                .setAutoWidth(true);
        preview.addComponentColumn(l -> l.ok() ? new Badge(getTranslation("admin.import.ok"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation(l.problem()), Badge.Tone.ERROR)).setHeader(getTranslation("admin.import.check")).setFlexGrow(2);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        invite.setId("admin-import-invite");
        invite.setText(getTranslation("admin.import.inviteNone"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setEnabled(false);
        invite.addClickListener(e -> inviteAll());
        add(new Paragraph(getTranslation("admin.import.intro")), upload, summary, preview);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), invite);
    }

    private void show(List<Line> checked) {
        lines = checked;
        long ok = checked.stream().filter(Line::ok).count();
        summary.setText(getTranslation("admin.import.summary", checked.size(), ok));
        preview.setItems(checked);
        preview.setVisible(true);
        invite.setText(getTranslation("admin.import.invite", ok));
        invite.setEnabled(ok > 0);
    }

    private void inviteAll() {
        long ok = lines.stream().filter(Line::ok).count();
        List<Line> refused = imports.invite(lines);
        Notifications.success("admin.import.sent", ok - refused.size());
        onInvited.run();
        if (refused.isEmpty()) {
            close();
        } else {
            show(refused);
            summary.add(new Span(" " + getTranslation("admin.import.refusedNow")));
        }
    }
}
