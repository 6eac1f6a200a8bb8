package it.convergo.account.ui;

import it.convergo.base.TechnologyArea;
import java.util.Set;

/**
 * The technology areas an evaluator knows, matched against proposals when they are assigned. Any choice is valid,
 * none included. Public because the binder builds it by reflection.
 */
public record Expertise(Set<TechnologyArea> areas) {
}
