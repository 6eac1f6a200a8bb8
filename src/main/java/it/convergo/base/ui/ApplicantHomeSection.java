package it.convergo.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the applicant's home ("My proposals"), e.g. the challenges that fit the
 * organisation's network profile, so the proposal feature shows it without depending on that feature. Sections
 * appear in their beans' order, below the applicant's proposals.
 */
public interface ApplicantHomeSection {

    /** A new component for the current applicant's home, or empty when the section has nothing to say to them. */
    Optional<Component> create();
}
