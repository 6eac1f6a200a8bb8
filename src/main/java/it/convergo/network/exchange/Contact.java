package it.convergo.network.exchange;

/** Whom to contact on the other side, revealed once an interest is accepted. */
public record Contact(String name, String email) {
}
