package it.convergo.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page opened from an e-mailed link whose last path segment is the secret token. */
abstract class TokenPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final Div card = new Div();
    private final String titleKey;

    TokenPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("cv-auth-page");
        setAlignItems(Alignment.CENTER);
        card.addClassNames("cv-card", "cv-auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        card.add(new H1(getTranslation(titleKey)));
        render(event.getRouteParameters().get("token").orElse(""));
    }

    protected abstract void render(String token);

    protected void showOutcome(String key) {
        card.removeAll();
        card.add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(key)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · Convergo";
    }
}
