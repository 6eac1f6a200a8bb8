/** Translations (Italian and English bundles per feature) and the text rules of each language. */
@NamedInterface("i18n")
package it.convergo.base.i18n;

import org.springframework.modulith.NamedInterface;
