package it.convergo.evaluation.scoring;

import it.convergo.base.TechnologyArea;
import java.util.Set;

/**
 * What an evaluator is asked to declare a conflict about: in an open challenge the applicant organisation, the
 * team lead's name and the team as the proposal describes it; in a blind one all three are empty and only the
 * topic is given.
 */
public record DeclarationSubject(boolean blind, String title, Set<TechnologyArea> areas, String organisation, String lead,
                                 String team) {
}
