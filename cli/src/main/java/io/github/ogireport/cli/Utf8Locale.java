package io.github.ogireport.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * File names in any locale. Java reads and writes file names in the character set of the locale it starts in; under
 * the C/POSIX locale (the default of containers and cron) that is ASCII, so a Chinese file name cannot be opened and
 * is recorded as {@code ���.txt}, and {@code -Dsun.jnu.encoding} does not change it. The command line then runs
 * itself again in a child JVM under {@code LC_ALL=C.UTF-8}: the same java, JVM options and class path, its standard
 * streams inherited. The arguments go to the child in a UTF-8 file, read from the bytes the process was given
 * ({@code /proc/self/cmdline}): the parent could neither decode them nor pass them on in ASCII.
 */
final class Utf8Locale {
    /** Set in the child's environment: a child still not in UTF-8 (no such locale installed) refuses instead. */
    static final String RELAUNCHED = "OGI_REPORT_UTF8_RELAUNCH";
    /** The system property naming the file of the child's arguments. */
    static final String ARGS_FILE = "ogi.report.argsFile";
    static final String UTF8_LOCALE = "C.UTF-8";

    private Utf8Locale() {
    }

    /** Whether this JVM reads and writes file names in UTF-8 (or is on Windows, whose file names are Unicode). */
    static boolean fileNamesAreUtf8() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return true;
        }
        try {
            return Charset.forName(jnu).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The arguments of a child started by {@link #relaunch}, read from its file (which is deleted); else the
     * arguments as given.
     */
    static String[] arguments(String[] given) {
        String file = System.getProperty(ARGS_FILE);
        if (file == null) {
            return given;
        }
        try {
            Path p = Path.of(file);
            String all = Files.readString(p, StandardCharsets.UTF_8);
            Files.deleteIfExists(p);
            return all.isEmpty() ? new String[0] : all.split("\0", -1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the arguments passed in " + file + ": " + e, e);
        }
    }

    /**
     * Runs the command line again under a UTF-8 locale and returns the child's exit status, or refuses with a message
     * (exit status 2) when this process is such a child already.
     */
    static int relaunch(String[] args) {
        String charset = System.getProperty("sun.jnu.encoding", "?");
        if (System.getenv(RELAUNCHED) != null) {
            System.err.println(refusal(charset));
            return Main.EXIT_USAGE;
        }
        Path argsFile = null;
        try {
            argsFile = Files.createTempFile("ogi-report-args-", ".txt");
            Files.writeString(argsFile, String.join("\0", rawArguments(args)), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-D" + ARGS_FILE + "=" + argsFile);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
            pb.environment().put("LC_ALL", UTF8_LOCALE);
            pb.environment().put(RELAUNCHED, "1");
            Process child = pb.start();
            Thread stop = new Thread(child::destroy, "ogi-report-stop-child");
            Runtime.getRuntime().addShutdownHook(stop); // Ctrl-C or a kill of this process stops the child too
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return status;
        } catch (IOException e) {
            System.err.println(refusal(charset) + " (starting it in a UTF-8 locale failed: " + e + ")");
            return Main.EXIT_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.EXIT_USAGE;
        } finally {
            if (argsFile != null) {
                try {
                    Files.deleteIfExists(argsFile);
                } catch (IOException e) {
                    System.err.println("warning: cannot delete " + argsFile + ": " + e);
                }
            }
        }
    }

    /** What to do when file names cannot be read in UTF-8. */
    static String refusal(String charset) {
        // ASCII only: this locale could not print anything else
        return "file names cannot be read in this locale: its character set " + charset + " has no Chinese characters, "
                + "so Chinese file names could not be opened, or would be recorded with replacement characters. Run "
                + "it in a UTF-8 locale, such as: LC_ALL=C.UTF-8 java -jar ogi-report.jar ... (locale -a lists the "
                + "installed ones)";
    }

    /**
     * The arguments as the bytes the process was given, read as UTF-8: Java decoded them in the locale's character
     * set, which loses every Chinese character. Linux keeps them in {@code /proc/self/cmdline}, the program's
     * arguments last; elsewhere, or when they do not line up, the arguments as Java decoded them.
     */
    static List<String> rawArguments(String[] args) {
        Path cmdline = Path.of("/proc/self/cmdline");
        try {
            if (args.length > 0 && Files.isReadable(cmdline)) {
                String all = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
                List<String> parts = Arrays.asList(all.split("\0"));
                if (parts.size() > args.length) {
                    List<String> raw = parts.subList(parts.size() - args.length, parts.size());
                    if (sameAscii(raw, args)) {
                        return raw;
                    }
                }
            }
        } catch (IOException e) {
            // no such file outside Linux: the arguments as decoded
        }
        return Arrays.asList(args);
    }

    /** Whether the raw arguments are the decoded ones where these are ASCII (a check that they line up). */
    private static boolean sameAscii(List<String> raw, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.chars().allMatch(c -> c < 128) && !a.equals(raw.get(i))) {
                return false;
            }
        }
        return true;
    }
}
