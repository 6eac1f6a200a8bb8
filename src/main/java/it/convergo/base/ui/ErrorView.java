package it.convergo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A friendly page for anything that went wrong while opening a view, with a way back. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("cv-message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.page.title")), new Paragraph(getTranslation("error.unexpected")),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
