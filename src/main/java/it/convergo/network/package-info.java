/**
 * The network: innovator profiles (each field with who may see it), the searchable directory, and matchmaking
 * between challenges and innovators on the search engine. Calls the challenge and account modules' services; no
 * other module calls it.
 */
@ApplicationModule(displayName = "Network")
package it.convergo.network;

import org.springframework.modulith.ApplicationModule;
