package it.convergo.account.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.convergo.account.ProcessingRegister;
import it.convergo.account.Role;
import it.convergo.base.PersonalDataSource;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The register of processing activities (GDPR article 30), one section per feature that keeps personal data,
 * then the security measures; printed with the browser's print (the stylesheet drops the menu and the button).
 */
@Route("admin/processing-register")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.admin.register", icon = "vaadin:book", order = 94)
class ProcessingRegisterView extends VerticalLayout implements HasDynamicTitle {

    /** The texts of each activity, in the order the register shows them. */
    private static final List<String> TEXTS = List.of("purpose", "subjects", "data", "recipients", "retention");

    ProcessingRegisterView(ProcessingRegister register) {
        addClassNames("cv-page", "cv-register");
        Button print = new Button(getTranslation("register.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("cv-no-print");
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), print);
        for (PersonalDataSource.Processing activity : register.activities()) {
            Div section = new Div(new H2(getTranslation(activity.key("name"))));
            section.addClassName("cv-register-activity");
            for (String text : TEXTS) {
                section.add(new H3(getTranslation("register.heading." + text)), new Paragraph(getTranslation(activity.key(text))));
            }
            section.add(new H3(getTranslation("register.heading.transfers")), new Paragraph(getTranslation("register.transfers")));
            if (!activity.figures().isEmpty()) {
                UnorderedList figures = new UnorderedList();
                activity.figures().forEach(f -> figures.add(new ListItem(getTranslation(f.key(), f.params().toArray()))));
                section.add(new H3(getTranslation("register.heading.figures")), figures);
            }
            add(section);
        }
        UnorderedList measures = new UnorderedList();
        for (String measure : MEASURES) {
            measures.add(new ListItem(getTranslation("register.security." + measure)));
        }
        add(new H2(getTranslation("register.heading.security")), measures);
    }

    /** The security measures, each a translated line. */
    private static final List<String> MEASURES = List.of("access", "passwords", "secrets", "files", "blind", "audit",
            "rights");

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Convergo";
    }
}
