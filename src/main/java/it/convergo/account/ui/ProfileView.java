package it.convergo.account.ui;

import it.convergo.base.ui.FormBinder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.AttachmentType;
import it.convergo.account.AccountService;
import it.convergo.account.Consents;
import it.convergo.account.PersonalDataErasure;
import it.convergo.account.PersonalDataExport;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.ui.Confirm;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.base.ui.ProfileSection;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** Who I am in the portal; evaluators keep their expertise here for the assignment of proposals. */
@Route("profile")
@PermitAll
@Menu(title = "nav.profile", icon = "vaadin:user", order = 80)
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    ProfileView(AccountService accounts, ObjectProvider<ProfileSection> sections, PersonalDataExport export,
                PersonalDataErasure erasure, AuthenticationContext authentication, Consents consents) {
        addClassName("cv-page-narrow");
        UserAccount me = accounts.me();
        add(new H1(getTranslation("profile.title")));
        Div facts = new Div();
        facts.addClassName("cv-facts");
        facts.add(new Fact(getTranslation("register.fullName"), me.getFullName()), new Fact(getTranslation("register.email"), me.getEmail()),
                new Fact(getTranslation("admin.users.organisation"), me.getOrganisation() == null ? "—" : me.getOrganisation().getName()),
                new Fact(getTranslation("admin.users.roles"), me.getRoles().stream().sorted(Comparator.naturalOrder())
                        .map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "))));
        add(facts);
        if (me.getRoles().contains(Role.EVALUATOR)) {
            add(new H2(getTranslation("profile.expertise")), new Paragraph(getTranslation("profile.expertise.intro")));
            CheckboxGroup<TechnologyArea> areas = new CheckboxGroup<>();
            areas.setAriaLabel(getTranslation("profile.expertise"));
            areas.addClassName("cv-columns");
            areas.setItems(TechnologyArea.values());
            areas.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
            FormBinder<Expertise> binder = new FormBinder<>(Expertise.class);
            binder.forField(areas).bind("areas");
            binder.readRecord(new Expertise(accounts.myExpertise()));
            Button save = new Button(getTranslation("profile.expertise.save"), e -> {
                try {
                    accounts.updateMyExpertise(binder.writeRecord().areas());
                    Notifications.success("profile.expertise.saved");
                } catch (ValidationException refused) {
                    FormBinder.focusFirst(refused);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(areas, save);
        }
        add(new ConsentSection(consents));
        // sections other features add (the calendar feed), each deciding whether it applies
        sections.orderedStream().forEach(section -> section.create().ifPresent(this::add));
        add(new H2(getTranslation("profile.data")), new Paragraph(getTranslation("profile.data.intro")), dataDownload(export));
        if (!me.getRoles().contains(Role.ADMIN)) {
            add(erasureSection(erasure, authentication));
        }
    }

    /** Erasing one's own account: typed address, then a red confirmation; afterwards the person is signed out. */
    private Div erasureSection(PersonalDataErasure erasure, AuthenticationContext authentication) {
        Div section = new Div(new H2(getTranslation("profile.erase")), new Paragraph(getTranslation("profile.erase.intro")));
        EmailField typed = new EmailField(getTranslation("profile.erase.typeEmail"));
        typed.setId("profile-erase-email");
        typed.setWidthFull();
        Button erase = new Button(getTranslation("profile.erase.action"), e -> Confirm.of("profile.erase.action",
                getTranslation("profile.erase.confirm")).dangerous().then(() -> {
                    erasure.eraseMe(typed.getValue());
                    authentication.logout();
                }));
        erase.setId("profile-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(typed, erase);
        return section;
    }

    /** The person's own data as one ZIP, made when the link is followed. */
    private Anchor dataDownload(PersonalDataExport export) {
        DownloadHandler handler = event -> {
            event.setFileName(export.fileName());
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                export.writeMine(out);
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("profile.data.download"));
        link.setId("profile-data-download");
        link.addClassName("cv-download");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Convergo";
    }
}
