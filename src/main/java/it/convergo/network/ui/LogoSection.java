package it.convergo.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.SingleFileUpload;
import it.convergo.network.ProfileLogos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * My organisation's logo on the profile editor: the current one (or the initials shown instead), an upload that
 * replaces it, and a way to remove it. A refused file only shows why; the upload takes the next file at once.
 */
class LogoSection extends VerticalLayout {

    private final ProfileLogos logos;
    private final long organisationId;
    private final String name;
    private final FormMessages messages = new FormMessages();
    private final Div current = new Div();
    private final Button remove;

    LogoSection(ProfileLogos logos, long organisationId, String name) {
        this.logos = logos;
        this.organisationId = organisationId;
        this.name = name;
        setPadding(false);
        setId("profile-logo");
        current.setId("profile-logo-current");
        messages.setId("profile-logo-message");
        SingleFileUpload upload = new SingleFileUpload(ProfileLogos.MAX_BYTES, (fileName, file) -> uploaded(file),
                messages::error, "image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setId("profile-logo-upload");
        remove = new Button(getTranslation("network.logo.remove"), e -> Confirm.of("network.logo.remove",
                getTranslation("network.logo.removeConfirm")).dangerous().then(this::removed));
        remove.setId("profile-logo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        FlexLayout row = new FlexLayout(current, remove);
        row.setAlignItems(Alignment.CENTER);
        row.addClassName("cv-org-logo-row");
        add(new H2(getTranslation("network.logo.title")), new Paragraph(getTranslation("network.logo.help",
                ProfileLogos.MAX_BYTES / (1024 * 1024), ProfileLogos.MAX_PIXELS, ProfileLogos.SIDE)), messages, row, upload);
        refresh();
    }

    private void uploaded(Path file) {
        logos.upload(read(file));
        messages.success("network.logo.saved");
        refresh();
    }

    private void removed() {
        logos.remove();
        messages.success("network.logo.removed");
        refresh();
    }

    private void refresh() {
        boolean present = logos.shown(Set.of(organisationId)).contains(organisationId);
        current.removeAll();
        current.add(OrganisationLogo.of(logos, organisationId, name, present, true));
        remove.setVisible(present);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
