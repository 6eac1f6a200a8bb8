package it.convergo.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import it.convergo.base.UserFacingException;
import java.util.function.LongConsumer;

/** Pages addressed by an id: a malformed, unknown or foreign id shows the same "not found" page. */
public final class RouteIds {

    private RouteIds() {
    }

    public static void render(BeforeEnterEvent event, String parameter, LongConsumer render) {
        try {
            render.accept(Long.parseLong(event.getRouteParameters().get(parameter).orElse("")));
        } catch (NumberFormatException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
