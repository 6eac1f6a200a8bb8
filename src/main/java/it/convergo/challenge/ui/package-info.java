/** The challenge screens: the firm's editor and dashboard, its list of challenges, the public catalogue and page. */
@NullMarked
package it.convergo.challenge.ui;

import org.jspecify.annotations.NullMarked;
