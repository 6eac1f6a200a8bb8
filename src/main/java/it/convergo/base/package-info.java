/**
 * The shared kernel: what every feature may use and which itself uses no feature (entities' base class, time,
 * text search, rate limits, CSV, request arrival). Its sub-packages {@code ui} and {@code i18n} are open to all;
 * {@code startup} is its own.
 */
@ApplicationModule(displayName = "Base")
package it.convergo.base;

import org.springframework.modulith.ApplicationModule;
