package it.convergo.account;

import it.convergo.base.TechnologyArea;
import java.util.Set;

/** An evaluator as the assignment sees them: who, from which organisation, expert in what. */
public record EvaluatorProfile(long userId, String fullName, String email, Long organisationId,
                               String organisationName, String organisationVat, Set<TechnologyArea> expertise) {
}
