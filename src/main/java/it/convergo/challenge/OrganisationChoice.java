package it.convergo.challenge;

/** An organisation a firm can invite to an invite-only challenge. */
public record OrganisationChoice(long id, String name) {
}
