package it.convergo.support;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

/**
 * Every view of the portal for Karibu. Its own discovery sees public classes only, but views are package-private
 * wherever nothing outside their package needs them (Vaadin's Spring integration finds them all): a scan that
 * ignores visibility adds those.
 */
public final class AppRoutes {

    private static final String PACKAGE = "it.convergo";

    private AppRoutes() {
    }

    public static Routes all() {
        Routes routes = new Routes().autoDiscoverViews(PACKAGE);
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(PACKAGE).scan()) {
            routes.getRoutes().addAll(scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class));
            for (Class<?> error : scan.getClassesImplementing(HasErrorParameter.class.getName()).loadClasses()) {
                routes.getErrorRoutes().add(errorView(error));
            }
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends HasErrorParameter<?>> errorView(Class<?> type) {
        return (Class<? extends HasErrorParameter<?>>) type.asSubclass(HasErrorParameter.class);
    }
}
