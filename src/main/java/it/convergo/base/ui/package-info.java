/** Building blocks every feature's screens share: notifications, badges, facts, uploads, confirm dialogs, counted text. */
@NamedInterface("ui")
@NullMarked
package it.convergo.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
