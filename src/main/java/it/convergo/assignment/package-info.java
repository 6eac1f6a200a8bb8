/**
 * The evaluator assignment optimiser: given proposals, evaluators, affinities, conflicts and loads, it finds a
 * complete assignment of maximum total affinity (or, in fair mode, the best worst panel) with a min-cost flow,
 * or explains why none exists. Plain Java without Spring, so that the evaluation module's services and the
 * {@code AssignmentCli} command line run the same engine; it uses nothing of the portal but the shared CSV
 * helper of {@code base}. See docs/assignment.md.
 */
@ApplicationModule(displayName = "Assignment optimiser")
package it.convergo.assignment;

import org.springframework.modulith.ApplicationModule;
