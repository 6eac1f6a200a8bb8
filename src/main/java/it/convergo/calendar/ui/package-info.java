/** The calendar feed's section of the profile page. */
@NullMarked
package it.convergo.calendar.ui;

import org.jspecify.annotations.NullMarked;
