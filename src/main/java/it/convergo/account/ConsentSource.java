package it.convergo.account;

/** Where a consent decision was taken. */
public enum ConsentSource {
    REGISTRATION, PROFILE, NETWORK_PROFILE, UNSUBSCRIBE_LINK, ERASURE
}
