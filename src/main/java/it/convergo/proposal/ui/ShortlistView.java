package it.convergo.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.PhoneCards;
import it.convergo.base.ui.RowCard;
import it.convergo.proposal.OutlineRow;
import it.convergo.proposal.ShortlistCounts;
import it.convergo.proposal.Shortlists;
import jakarta.annotation.security.RolesAllowed;

/**
 * The firm's shortlist of a two-stage challenge: the outlines, page by page, each with a yes/no decision and a
 * feedback for its applicant, then one confirmation that invites the shortlisted and sends the others their
 * feedback. Decisions can be changed until the confirmation; the server refuses everything after it.
 */
@Route("firm/shortlist/:id")
@RolesAllowed({Role.FIRM_MANAGER_NAME, Role.ADMIN_NAME})
class ShortlistView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Shortlists shortlists;
    private long challengeId;
    final Grid<OutlineRow> grid = new Grid<>();
    private boolean open;
    final Paragraph summary = new Paragraph();
    final Button confirm = new Button();

    ShortlistView(Shortlists shortlists) {
        this.shortlists = shortlists;
        addClassNames("cv-page", "cv-proposals");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Anchor("my-challenges", getTranslation("challenge.mine.back")), new H1(getTranslation("shortlist.title")));
        try {
            challengeId = event.getRouteParameters().getLong("id").orElseThrow(() -> new UserFacingException("error.notFound"));
            ShortlistCounts counts = shortlists.counts(challengeId);
            open = counts.open();
            build();
            show(counts);
        } catch (UserFacingException e) {
            Paragraph refusal = new Paragraph(getTranslation(e.messageKey(), e.params()));
            refusal.setId("shortlist-refusal");
            refusal.addClassName("cv-empty-state");
            add(refusal);
        }
    }

    private void build() {
        grid.removeAllColumns();
        grid.setId("shortlist-outlines");
        // a decision's text is longer than "Undecided", which the column was sized for: wrap instead of cutting
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OutlineRow::title).setHeader(getTranslation("proposal.field.title")).setFlexGrow(3);
        grid.addColumn(OutlineRow::organisationName).setHeader(getTranslation("proposal.receipt.organisation")).setFlexGrow(2);
        grid.addColumn(r -> Times.format(r.submittedAt(), getLocale())).setHeader(getTranslation("proposal.firm.submittedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> new Span(getTranslation(decisionKey(r.shortlisted()))))
                .setHeader(getTranslation("shortlist.decision")).setKey("decision").setFlexGrow(2);
        grid.addComponentColumn(this::decideButton).setKey("decide").setAutoWidth(true);
        // on a phone the five columns would be slivers: each outline is a card with its decision and its button
        PhoneCards.add(this, grid, r -> new RowCard(new H4(r.title()), new Span(r.organisationName()))
                .line(new Span(getTranslation(decisionKey(r.shortlisted()))), new Span(Times.format(r.submittedAt(), getLocale())))
                .then(decideButton(r)), getTranslation("proposal.field.title"));
        grid.setEmptyStateText(getTranslation("shortlist.none"));
        LazyGrids.bind(grid, page -> shortlists.outlines(challengeId, page), () -> shortlists.countOutlines(challengeId));
        summary.setId("shortlist-summary");
        confirm.setText(getTranslation("shortlist.confirm"));
        confirm.setId("shortlist-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmShortlist());
        add(new Paragraph(getTranslation("shortlist.help")), summary, grid, confirm);
    }

    /** Hidden once the shortlist is confirmed: decisions are final then. */
    private Button decideButton(OutlineRow r) {
        Button decide = new Button(getTranslation("shortlist.decide"), e -> decide(r));
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decide.setVisible(open);
        return decide;
    }

    private void show(ShortlistCounts counts) {
        summary.setText(getTranslation(counts.confirmed() ? "shortlist.summary.confirmed" : "shortlist.summary",
                counts.invited(), counts.feedbackOnly(), counts.undecided()));
        confirm.setVisible(counts.open());
        confirm.setEnabled(counts.open() && counts.undecided() == 0 && counts.total() > 0);
    }

    private static String decisionKey(Boolean shortlisted) {
        return shortlisted == null ? "shortlist.undecided" : shortlisted ? "shortlist.yes" : "shortlist.no";
    }

    /** A dialog with everything the decision needs: the outline's abstract, yes or no, the feedback. */
    private void decide(OutlineRow row) {
        Dialog dialog = new Dialog(row.title());
        dialog.setId("shortlist-dialog");
        Paragraph abstractText = new Paragraph(row.abstractText());
        RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(getTranslation("shortlist.decision"));
        choice.setId("shortlist-choice");
        choice.setItems(Boolean.TRUE, Boolean.FALSE);
        choice.setItemLabelGenerator(b -> getTranslation(decisionKey(b)));
        choice.setValue(row.shortlisted());
        TextArea feedback = new TextArea(getTranslation("shortlist.feedback"));
        feedback.setId("shortlist-feedback");
        feedback.setMaxLength(Shortlists.FEEDBACK_MAX);
        feedback.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        feedback.setHelperText(getTranslation("shortlist.feedback.help", 0, Shortlists.FEEDBACK_MAX));
        feedback.addValueChangeListener(e -> feedback.setHelperText(
                getTranslation("shortlist.feedback.help", e.getValue().length(), Shortlists.FEEDBACK_MAX)));
        feedback.setValue(row.feedback() == null ? "" : row.feedback());
        feedback.setWidthFull();
        Button save = new Button(getTranslation("shortlist.save"), e -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("shortlist.error.choose"));
                return;
            }
            try {
                shortlists.decide(row.id(), choice.getValue(), feedback.getValue());
                dialog.close();
                Notifications.success("shortlist.saved");
                refresh();
            } catch (UserFacingException ex) {
                feedback.setInvalid(true);
                feedback.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
            }
        });
        save.setId("shortlist-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(abstractText, choice, feedback));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(680px, 95vw)");
        dialog.open();
    }

    private void confirmShortlist() {
        ShortlistCounts counts = shortlists.counts(challengeId);
        Confirm.of("shortlist.confirm", getTranslation("shortlist.confirmText", counts.invited(), counts.feedbackOnly()))
                .then(() -> {
                    shortlists.confirm(challengeId);
                    Notifications.success("shortlist.confirmed");
                    refresh();
                });
    }

    private void refresh() {
        ShortlistCounts counts = shortlists.counts(challengeId);
        open = counts.open();
        grid.getDataProvider().refreshAll();
        show(counts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shortlist.title") + " · Convergo";
    }
}
