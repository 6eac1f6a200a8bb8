package it.convergo.account;

/** An organisation as other features name it: its id and its name, nothing more. */
public record OrganisationRef(long id, String name) {
}
