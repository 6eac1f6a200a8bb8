/** The shell of the portal: the frame every page sits in (navigation, language, who is signed in) and the front page. */
@NullMarked
package it.convergo.home;

import org.jspecify.annotations.NullMarked;
