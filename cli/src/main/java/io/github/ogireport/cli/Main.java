package io.github.ogireport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code ogi-report} command line: {@code parse FILE}, {@code batch PATH... --out DIR}, {@code verify DIR},
 * {@code diff OLD.jsonl NEW.jsonl} and {@code serve OUT_DIR}.
 */
@Command(name = "ogi-report", mixinStandardHelpOptions = true, version = "ogi-report 0.1.0",
        description = "Turns Chinese Open Government Information annual reports into typed, validated data.")
public final class Main implements Runnable {
    /**
     * The subcommands by name. Only the one named on the command line is built: picocli reads a command's
     * annotations by reflection, and building all of them took a fifth of a second of every run's start.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("parse", ParseCommand::new);
        commands.put("batch", BatchCommand::new);
        commands.put("verify", VerifyCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("bench-floor", BenchFloor::new);
        commands.put("bench-warmup", BenchWarmUp::new);
        commands.put("bench-pdfbox", BenchPdfBaseline::new);
        commands.put("serve", ServeCommand::new);
        return commands;
    }

    /** Exit status when every input became a report (OK or PARTIAL). */
    static final int EXIT_OK = 0;
    /** Exit status of {@code verify} on any mismatch, and of {@code diff} on any change. */
    static final int EXIT_DIFFERENT = 1;
    /** Exit status for a usage error. */
    static final int EXIT_USAGE = 2;
    /** Exit status when some inputs FAILED or were NOT_A_REPORT. */
    static final int EXIT_SOME_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        String[] arguments = Utf8Locale.arguments(args);
        if (!Utf8Locale.fileNamesAreUtf8()) {
            // under the C locale Chinese file names cannot be opened: run again in UTF-8, or say how to
            System.exit(Utf8Locale.relaunch(arguments));
        }
        System.exit(run(arguments));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        bindLibraryLogging(args.length > 0 && VERBOSE_COMMANDS.contains(args[0])
                && java.util.Arrays.asList(args).contains(VERBOSE));
        CommandLine cl = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get())); // for help and errors
        }
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }

    /** The option that lets the libraries' warnings through, and the commands that have it. */
    static final String VERBOSE = "--verbose";
    private static final java.util.Set<String> VERBOSE_COMMANDS = java.util.Set.of("parse", "batch");

    /**
     * Binds the libraries' logging before any of them logs, so that nothing of theirs reaches stderr (or stdout, in
     * front of the JSON) unless asked. Apache POI logs through the Log4j API and PDFBox through commons-logging,
     * which finds that API: with no Log4j provider on the class path the API would print "could not find a logging
     * provider" at its first use, so its own simple logger is chosen, off, or at WARN with {@code --verbose}.
     * Tess4J logs through SLF4J, bound to its no-operation provider in this module. Read once, at the libraries'
     * first use: decided here from the arguments, before the command runs. A set-up chosen by the user (these
     * system properties given with {@code -D}) is kept.
     */
    static void bindLibraryLogging(boolean verbose) {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", verbose ? "WARN" : "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", verbose ? "WARN" : "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: parse, batch, verify, diff, bench or serve");
    }
}
