package it.convergo.challenge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import it.convergo.base.Times;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.Notifications;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengePublishing;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The last step: what is still missing, then publishing a draft, or for a published challenge its dates,
 * a new deadline and closing early. Each action asks for confirmation; a refusal shows as a message.
 */
class PublishingSection extends VerticalLayout {

    private final EditorForm form;
    private final ChallengeEditor editor;
    private final ChallengePublishing publishing;
    private final BooleanSupplier save;
    private final FormMessages messages;
    private final UnorderedList checklist = new UnorderedList();

    /** {@code save} saves what the editor shows and tells whether that worked. */
    PublishingSection(EditorForm form, ChallengeEditor editor, ChallengePublishing publishing, BooleanSupplier save,
                      FormMessages messages) {
        this.form = form;
        this.editor = editor;
        this.publishing = publishing;
        this.save = save;
        this.messages = messages;
        setPadding(false);
        add(new H3(getTranslation("challenge.editor.checklist")), checklist);
        ChallengeView c = form.stored;
        if (c.status() == ChallengeStatus.DRAFT) {
            Button publish = new Button(getTranslation("challenge.editor.publish"), VaadinIcon.PAPERPLANE.create(),
                    e -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            publish.setId("challenge-publish");
            add(new Paragraph(getTranslation("challenge.editor.publish.help")), publish);
            return;
        }
        add(new Paragraph(getTranslation("challenge.editor.published", Times.format(c.opensAt(), getLocale()),
                Times.format(c.closesAt(), getLocale()))), new Anchor("challenges/" + c.slug(), getTranslation("challenge.editor.viewPublic")));
        if (c.status() == ChallengeStatus.SCHEDULED || c.status() == ChallengeStatus.OPEN) {
            DateTimePicker newDeadline = ChallengeViewsSupport.romeDateTime("challenge.editor.newDeadline");
            newDeadline.setValue(LocalDateTime.ofInstant(c.closesAt(), Times.ROME));
            Button extend = new Button(getTranslation("challenge.editor.changeDeadline"), e -> confirmDeadline(newDeadline.getValue()));
            extend.setId("challenge-extend");
            HorizontalLayout row = new HorizontalLayout(newDeadline, extend);
            row.setAlignItems(Alignment.BASELINE);
            add(new H3(getTranslation("challenge.editor.deadline")), new Paragraph(getTranslation("challenge.editor.deadline.help")), row);
        }
        if (c.status() == ChallengeStatus.OPEN) {
            Button close = new Button(getTranslation("challenge.editor.closeEarly"), e -> confirmClose());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.setId("challenge-close-early");
            add(close);
        }
    }

    /** Lists what is still missing before publication (translation keys), or that the challenge is ready. */
    void showMissing(List<String> missing) {
        checklist.removeAll();
        if (missing.isEmpty()) {
            checklist.add(new ListItem(getTranslation("challenge.editor.ready")));
        }
        missing.forEach(key -> checklist.add(new ListItem(getTranslation(key))));
    }

    private void confirmPublish() {
        if (!save.getAsBoolean()) {
            return;
        }
        long id = form.draft.getId();
        if (!editor.missingForPublish(id).isEmpty()) {
            messages.error("challenge.error.incomplete");
            return;
        }
        Confirm.of("challenge.publish.title", getTranslation("challenge.publish.text",
                        Times.format(ChallengeViewsSupport.rome(form.draft.getOpensAt()), getLocale()),
                        Times.format(ChallengeViewsSupport.rome(form.draft.getClosesAt()), getLocale())))
                .confirmText("challenge.editor.publish")
                .then(() -> done(() -> publishing.publish(id, form.draft.getVersion()), "challenge.publish.done"));
    }

    private void confirmDeadline(LocalDateTime newDeadline) {
        String when = newDeadline == null ? "" : Times.format(ChallengeViewsSupport.rome(newDeadline), getLocale());
        Confirm.of("challenge.editor.changeDeadline", getTranslation("challenge.deadline.text", when))
                .then(() -> done(() -> publishing.changeDeadline(form.draft.getId(), newDeadline), "challenge.deadline.done"));
    }

    private void confirmClose() {
        Confirm.of("challenge.editor.closeEarly", getTranslation("challenge.close.text")).dangerous()
                .then(() -> done(() -> publishing.closeEarly(form.draft.getId()), "challenge.close.done"));
    }

    /** Runs a confirmed action and shows the page again as it now is; a refusal goes to the error handler. */
    private static void done(Runnable action, String successKey) {
        action.run();
        Notifications.success(successKey);
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
