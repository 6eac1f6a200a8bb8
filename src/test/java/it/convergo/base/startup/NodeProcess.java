package it.convergo.base.startup;

import it.convergo.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application node for multi-node tests: a JVM of its own on the test class path, as in production (two
 * application contexts in one JVM share static state that real nodes never share), its output in
 * {@code target/nodes}. Settings come from {@link NodeDatabase}.
 */
record NodeProcess(String name, Process process, Path log) {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    static NodeProcess start(String name, String... extraArguments) throws IOException {
        Path log = Paths.get("target", "nodes", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // the test class path holds an XML parser (FastExcel's reader) that must not parse the BPMN files;
                // the build names the JDK's own for the tests (pom.xml), and the nodes get the same
                "-Djavax.xml.stream.XMLInputFactory=" + System.getProperty("javax.xml.stream.XMLInputFactory",
                        "com.sun.xml.internal.stream.XMLInputFactoryImpl"),
                "-cp", System.getProperty("java.class.path"),
                Application.class.getName()));
        command.addAll(NodeDatabase.nodeArguments());
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new NodeProcess(name, process, log);
    }

    void awaitStarted() throws Exception {
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            String output = Files.readString(log);
            if (output.contains("Started Application in")) {
                return;
            }
            if (!process.isAlive() || output.contains("APPLICATION FAILED TO START")) {
                throw new AssertionError(name + " did not start; its output ends with:\n" + tail(output));
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not started after " + START_LIMIT + ":\n" + tail(Files.readString(log)));
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 4000));
    }
}
