/** The network's screens: the directory, a profile's page, the profile editor, matches, the search index. */
@NullMarked
package it.convergo.network.ui;

import org.jspecify.annotations.NullMarked;
