package it.convergo.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.convergo.account.Role;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.FormBinder;
import it.convergo.base.ui.FormMessages;
import it.convergo.base.ui.Notifications;
import it.convergo.network.NetworkLimits;
import it.convergo.network.exchange.Arrangement;
import it.convergo.network.exchange.MyPosts;
import it.convergo.network.exchange.PostForm;
import it.convergo.network.exchange.PostKind;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;

/**
 * Posting a need or an offer, or editing one of my organisation's: what it is, how it would change hands, the
 * area, a short text, the TRL of an offer and how many days it stays on the board. Needs are offered to firms.
 */
@Route("network/exchange/edit/:postId?")
@RolesAllowed({Role.APPLICANT_NAME, Role.FIRM_MANAGER_NAME})
class PostEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyPosts myPosts;
    private final FormBinder<PostForm> binder = new FormBinder<>(PostForm.class);
    private final FormMessages messages = new FormMessages();
    private final RadioButtonGroup<PostKind> kind = new RadioButtonGroup<>();
    private final H1 heading = new H1();
    private final Button save = new Button();
    private Optional<Long> postId = Optional.empty();
    private long version;

    PostEditorView(MyPosts myPosts) {
        this.myPosts = myPosts;
        addClassName("cv-page-narrow");
        kind.setLabel(getTranslation("exchange.board.kind"));
        kind.setId("post-kind");
        kind.setItems(Arrays.stream(PostKind.values()).filter(MyPosts::mayPost).toList());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey() + ".long"));
        binder.forField(kind).bind("kind");
        RadioButtonGroup<Arrangement> arrangement = new RadioButtonGroup<>(getTranslation("exchange.board.arrangement"));
        arrangement.setId("post-arrangement");
        arrangement.setItems(Arrangement.values());
        arrangement.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        binder.forField(arrangement).bind("arrangement");
        ComboBox<TechnologyArea> area = new ComboBox<>(getTranslation("network.directory.area"));
        area.setId("post-area");
        area.setItems(TechnologyArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        area.setWidthFull();
        binder.forField(area).bind("area");
        var title = CountedText.field(getTranslation("exchange.form.title"), NetworkLimits.POST_TITLE);
        title.setId("post-title");
        title.setWidthFull();
        binder.forField(title).bind("title");
        var summary = CountedText.area(getTranslation("exchange.form.summary"), NetworkLimits.POST_SUMMARY);
        summary.setId("post-summary");
        summary.setHelperText(getTranslation("exchange.form.summaryHelp"));
        summary.setWidthFull();
        binder.forField(summary).bind("summary");
        IntegerField trl = new IntegerField(getTranslation("network.field.TRL"));
        trl.setId("post-trl");
        trl.setMin(1);
        trl.setMax(9);
        trl.setHelperText(getTranslation("network.editor.trlHelp"));
        binder.forField(trl).bind("trl");
        IntegerField days = new IntegerField(getTranslation("exchange.form.days"));
        days.setId("post-days");
        days.setMin(1);
        days.setMax(NetworkLimits.POST_DAYS_MAX);
        days.setHelperText(getTranslation("exchange.form.daysHelp", NetworkLimits.POST_DAYS_MAX));
        binder.forField(days).bind("days");
        save.setId("post-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.submitWith(save, messages, this::save);
        add(new Anchor("network/exchange", getTranslation("exchange.post.back")), heading,
                new Paragraph(getTranslation("exchange.form.lead")), messages, kind, arrangement, area, title, summary,
                trl, days, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> parameter = event.getRouteParameters().get("postId");
        if (parameter.isEmpty()) {
            binder.readRecord(PostForm.blank());
            heading.setText(getTranslation("exchange.form.new"));
            save.setText(getTranslation("exchange.form.publish"));
            return;
        }
        try {
            long id = Long.parseLong(parameter.get());
            MyPosts.Editing editing = myPosts.edit(id);
            postId = Optional.of(id);
            version = editing.version();
            if (!MyPosts.mayPost(editing.form().kind())) {
                // an applicant edits their firm's need: it stays a need (or becomes an offer)
                kind.setItems(PostKind.values());
            }
            binder.readRecord(editing.form());
            heading.setText(getTranslation("exchange.form.edit"));
            save.setText(getTranslation("exchange.form.save"));
        } catch (NumberFormatException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void save(PostForm form) {
        long id;
        if (postId.isPresent()) {
            id = postId.get();
            myPosts.save(id, version, form);
            Notifications.success("exchange.form.saved");
        } else {
            id = myPosts.post(form);
            Notifications.success("exchange.form.published");
        }
        UI.getCurrent().navigate("network/exchange/" + id);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Convergo";
    }
}
