package it.convergo.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the signed-in user's profile page (the calendar feed), so the account
 * feature shows it without depending on that feature. Sections appear in their beans' order.
 */
public interface ProfileSection {

    /** A new component for the current user's page, or empty when the section does not apply to them. */
    Optional<Component> create();
}
