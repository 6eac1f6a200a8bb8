/**
 * The search engine every feature indexes into (Hibernate Search): the Italian and English analysers with the
 * taxonomy's synonyms, and the index rebuild. Open to all modules.
 */
@NamedInterface("search")
package it.convergo.base.search;

import org.springframework.modulith.NamedInterface;
