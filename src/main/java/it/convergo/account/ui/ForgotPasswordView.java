package it.convergo.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.convergo.account.AccountService;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
@Route("forgot-password")
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(AccountService accounts) {
        addClassName("cv-auth-page");
        setAlignItems(Alignment.CENTER);
        Div card = new Div();
        card.addClassNames("cv-card", "cv-auth-card");
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setWidthFull();
        Button send = new Button(getTranslation("forgot.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            accounts.requestPasswordReset(email.getValue(), getLocale());
            card.removeAll();
            card.add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.sent")),
                    new Anchor("login", getTranslation("confirm.signIn")));
        });
        card.add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · Convergo";
    }
}
