package io.github.ogireport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Another JVM on this test's class path: a second run of the command line, really another process. */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Starts a class's main method in a new JVM.
     *
     * @param environment changes to the environment (the child's, before it starts)
     */
    static Process start(Class<?> main, Consumer<Map<String, String>> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        environment.accept(pb.environment());
        return pb.start();
    }

    /** Starts the command line ({@link Main}) in a new JVM. */
    static Process main(String... args) throws IOException {
        return start(Main.class, env -> { }, args);
    }
}
