package it.convergo.network.exchange;

import it.convergo.base.TechnologyArea;
import org.jspecify.annotations.Nullable;

/** The board's filters; null or blank means any. */
public record BoardFilter(@Nullable PostKind kind, @Nullable TechnologyArea area, @Nullable Arrangement arrangement,
                          String words) {
}
