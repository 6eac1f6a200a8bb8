package it.convergo.base.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The portal starts with the {@code elasticsearch} profile and no cluster: the version is stated, so nothing asks
 * the cluster, and the indexes are neither created nor checked. Hibernate Search then builds the indexes it would
 * create from the unchanged mapping and {@link ElasticsearchAnalysis}; this checks what it would send. Whether a
 * cluster accepts it is not tested here.
 */
@Tag("search-backend") // the database plays no part: CI runs it on the embedded one only
@SpringBootTest(properties = {
        "spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:9",
        "spring.jpa.properties.hibernate.search.backend.protocol=http",
        "spring.jpa.properties.hibernate.search.backend.version=9.1",
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none"})
@ActiveProfiles(resolver = ElasticsearchBackendStartTest.WithElasticsearch.class)
class ElasticsearchBackendStartTest {

    /** The profiles of the run (test, or test and mysql) plus elasticsearch. */
    static final class WithElasticsearch implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return Stream.concat(Stream.of(System.getProperty("spring.profiles.active", "test").split(",")),
                    Stream.of("elasticsearch")).toArray(String[]::new);
        }
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theIndexesItWouldCreateUseTheDeclaredAnalysers(@TempDir Path exported) throws IOException {
        Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().exportExpectedSchema(exported);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(exported)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        String schemas = String.join("\n", files.stream().map(ElasticsearchBackendStartTest::read).toList());
        assertThat(schemas).contains("\"italian_query\"", "\"english_query\"", "\"sort\"", "\"synonym_graph\"",
                "\"light_italian\"", "\"porter_stem\"", "\"_italian_\"", "stampa 3d");
        assertThat(schemas).contains("\"title_it\"", "\"name_it\"", "\"title_sort\"")
                .containsPattern("\"search_analyzer\"\\s*:\\s*\"italian_query\"")
                .containsPattern("\"normalizer\"\\s*:\\s*\"sort\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
