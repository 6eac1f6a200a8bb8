package it.convergo.proposal;

/** One line of the checklist before submitting: a translation key and an optional detail (a question's label). */
public record MissingItem(String key, String detail) {
}
