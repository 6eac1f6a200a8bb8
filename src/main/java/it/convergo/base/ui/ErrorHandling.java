package it.convergo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import it.convergo.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whatever a click handler throws ends as a translated message, never a stack trace: refusals with their
 * own text, a concurrent edit with a "reload" hint, anything else as a generic apology (and a log line).
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new TranslatingHandler()));
    }

    static final class TranslatingHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable cause = rootUserCause(event.getThrowable());
            if (VaadinSession.getCurrent() == null || UI.getCurrent() == null) {
                log.error("Error outside a UI", event.getThrowable());
                return;
            }
            switch (cause) {
                case UserFacingException e -> Notifications.error(e);
                case OptimisticLockingFailureException e -> Notifications.error("error.concurrentEdit");
                case AccessDeniedException e -> Notifications.error("error.accessDenied");
                default -> {
                    log.error("Unexpected error", event.getThrowable());
                    Notifications.error("error.unexpected");
                }
            }
        }
    }

    /** The first cause a user can be told about, looking through Vaadin's and Spring's wrappers. */
    static Throwable rootUserCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException || c instanceof OptimisticLockingFailureException
                    || c instanceof AccessDeniedException) {
                return c;
            }
        }
        return t;
    }
}
