package it.convergo.evaluation.panel;

import it.convergo.base.TechnologyArea;
import java.util.Set;

/**
 * An evaluator as the firm sees them when composing a panel: expertise matched with the proposal, current
 * load, and why they may not be chosen ({@code namedReason}: the applicant's reason when the applicant named
 * them, for the firm's eyes only).
 */
public record PanelCandidate(long evaluatorId, String name, String organisationName, Set<TechnologyArea> matched,
                             int openLoad, boolean overloaded, Exclusion exclusion, boolean suggested, Bid bid,
                             String namedReason) {

    /** Why an evaluator cannot sit on this panel; null when they can. */
    public enum Exclusion {
        SAME_ORGANISATION,
        NAMED_BY_APPLICANT,
        DECLARED_CONFLICT,
        ALREADY_ON_PANEL;

        public String labelKey() {
            return "evaluation.exclusion." + name();
        }
    }

    public boolean selectable() {
        return exclusion == null;
    }
}
