package it.convergo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import it.convergo.base.UserFacingException;

/** Short, translated feedback: success at the bottom, errors in the middle where they are seen. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String key, Object... params) {
        Notification n = Notification.show(translate(key, params), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Returned so that a screen can close it once the user has put things right. */
    public static Notification error(String key, Object... params) {
        Notification n = Notification.show(translate(key, params), 7000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification error(UserFacingException e) {
        return error(e.messageKey(), e.params());
    }

    private static String translate(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
