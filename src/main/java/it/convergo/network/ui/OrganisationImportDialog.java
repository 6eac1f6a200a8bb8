package it.convergo.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.base.SpreadsheetReader;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.SingleFileUpload;
import it.convergo.network.OrganisationImport;
import it.convergo.network.OrganisationImport.Line;
import java.util.List;

/**
 * Invites organisations to an invite-only challenge from a CSV or XLSX file, as the evaluators' import does: the
 * file is checked row by row and shown before anyone is invited; only the rows without a problem are invited.
 */
class OrganisationImportDialog extends Dialog {

    private static final long MAX_BYTES = 2L << 20;

    private final OrganisationImport imports;
    private final long challengeId;
    private final Runnable onInvited;
    private final Grid<Line> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button invite = new Button();
    private List<Line> lines = List.of();

    OrganisationImportDialog(OrganisationImport imports, long challengeId, Runnable onInvited) {
        this.imports = imports;
        this.challengeId = challengeId;
        this.onInvited = onInvited;
        setHeaderTitle(getTranslation("import.org.title"));
        setWidth("min(70rem, 100vw)");
        SingleFileUpload upload = new SingleFileUpload(MAX_BYTES,
                (name, file) -> show(imports.preview(challengeId, SpreadsheetReader.read(name, file))),
                Notifications::error, ".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setId("org-import-upload");
        preview.setId("org-import-preview");
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        preview.addColumn(Line::row).setHeader(getTranslation("import.org.row")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(Line::organisationName).setHeader(getTranslation("import.org.organisation")).setFlexGrow(2);
        preview.addColumn(Line::email).setHeader(getTranslation("import.org.email")).setFlexGrow(2);
        preview.addColumn(Line::vat).setHeader(getTranslation("import.org.vat")).setAutoWidth(true);
        preview.addColumn(l -> l.portalName() == null ? "—" : l.portalName()).setHeader(getTranslation("import.org.portal"))
                .setFlexGrow(2);
        preview.addComponentColumn(l -> l.ok() ? new Badge(getTranslation("import.org.ok"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation(l.problem()), Badge.Tone.ERROR)).setHeader(getTranslation("import.org.check"))
                .setFlexGrow(3);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        invite.setId("org-import-invite");
        invite.setText(getTranslation("import.org.inviteNone"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setEnabled(false);
        invite.setDisableOnClick(true);
        invite.addClickListener(e -> inviteAll());
        add(new Paragraph(getTranslation("import.org.intro")), upload, summary, preview);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), invite);
    }

    private void show(List<Line> checked) {
        lines = checked;
        long ok = checked.stream().filter(Line::ok).count();
        summary.setText(getTranslation("import.org.summary", checked.size(), ok));
        preview.setItems(checked);
        preview.setVisible(true);
        invite.setText(getTranslation("import.org.invite", ok));
        invite.setEnabled(ok > 0);
    }

    private void inviteAll() {
        int invited = imports.invite(challengeId, lines);
        Notifications.success("import.org.sent", invited);
        onInvited.run();
        close();
    }
}
