package it.convergo.network;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only listed profiles are in the index: leaving the directory deletes the document in the same transaction,
 * so no search, facet or recommendation can find the profile any more.
 */
public class ListedProfiles implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("listed");
        context.bridge(InnovatorProfile.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<InnovatorProfile> {
        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, InnovatorProfile profile,
                          RoutingBridgeRouteContext context) {
            if (profile.listed) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, InnovatorProfile profile,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
