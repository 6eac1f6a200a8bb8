package it.convergo.api;

/** Who calls the API with a valid token: the token, its owner and what it may do. */
record ApiCaller(long tokenId, long userId, ApiScope scope) {
}
