package it.convergo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Entity;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/**
 * No module reads another's tables: every JPQL query of a repository names only entities of the repository's
 * own module. ArchUnit sees types, not query strings, so the strings are read here. A new query that joins
 * another module's entity fails this test; ask that module's public service instead.
 */
class QueryBoundariesTest {

    @Test
    void repositoriesQueryOnlyTheirOwnModulesEntities() throws Exception {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("it.convergo").rejectPackages("it.convergo.support").scan()) {
            Map<String, String> moduleOfEntity = new HashMap<>();
            for (ClassInfo entity : scan.getClassesWithAnnotation(Entity.class.getName())) {
                moduleOfEntity.put(entity.getSimpleName(), module(entity.getPackageName()));
            }
            assertThat(moduleOfEntity).as("entities found").containsKeys("Challenge", "Proposal", "UserAccount", "Organisation");
            List<String> violations = new ArrayList<>();
            int queries = 0;
            for (ClassInfo repository : scan.getAllInterfaces().filter(c -> c.getSimpleName().endsWith("Repository"))) {
                String module = module(repository.getPackageName());
                for (Method method : repository.loadClass().getDeclaredMethods()) {
                    Query query = method.getAnnotation(Query.class);
                    if (query == null || query.nativeQuery()) {
                        continue;
                    }
                    queries++;
                    moduleOfEntity.forEach((entity, owner) -> {
                        if (!owner.equals(module) && Pattern.compile("\\b" + entity + "\\b").matcher(query.value()).find()) {
                            violations.add(repository.getSimpleName() + "." + method.getName() + " (" + module + ") names "
                                    + entity + " of module " + owner);
                        }
                    });
                }
            }
            assertThat(queries).as("queries read").isGreaterThan(20);
            assertThat(violations).isEmpty();
        }
    }

    /** The module is the first package below it.convergo. */
    private static String module(String packageName) {
        String rest = packageName.substring("it.convergo.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
