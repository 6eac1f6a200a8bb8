/**
 * Contacts between organisations of the network. Technology needs and offers: short posts of an organisation on the
 * network's board, the interest other organisations express in them, and the private thread an accepted interest
 * opens. Consortium building: requests to team up for a challenge, which the asked side accepts or ignores. Both
 * reveal contacts only once accepted. Members only.
 */
package it.convergo.network.exchange;
