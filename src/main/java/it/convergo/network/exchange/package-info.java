/**
 * Technology needs and offers: short posts of an organisation on the network's board, the interest other
 * organisations express in them, and the private thread an accepted interest opens. Members only.
 */
package it.convergo.network.exchange;
