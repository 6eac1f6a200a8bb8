package it.convergo.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Before any view opens: a route parameter named {@code id} or {@code ...Id} that is not a plain positive
 * number ({@code /proposals/abc}, an overflowing number) shows "not found" at once, without reaching the
 * view or leaving a stack trace in the log. Views still treat unknown and foreign ids the same way.
 */
@Component
class RouteIdGuard implements VaadinServiceInitListener {

    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(RouteIdGuard::check));
    }

    static void check(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        for (String name : parameters.getParameterNames()) {
            if ((name.equals("id") || name.endsWith("Id"))
                    && !ID.matcher(parameters.get(name).orElse("")).matches()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
    }
}
