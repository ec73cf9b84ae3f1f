package io.github.ogireport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ogi-report} command line: {@code parse FILE} and {@code batch PATH... --out DIR}. */
@Command(name = "ogi-report", mixinStandardHelpOptions = true, version = "ogi-report 0.1.0",
        description = "Turns Chinese Open Government Information annual reports into typed, validated data.",
        subcommands = {ParseCommand.class, BatchCommand.class})
public final class Main implements Runnable {
    /** Exit status when every input became a report (OK or PARTIAL). */
    static final int EXIT_OK = 0;
    /** Exit status for a usage error. */
    static final int EXIT_USAGE = 2;
    /** Exit status when some inputs FAILED or were NOT_A_REPORT. */
    static final int EXIT_SOME_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // PDFBox logs through commons-logging, which finds POI's Log4j API; with no Log4j provider on the class path
        // the API's status logger prints an error line to stdout, in front of the JSON
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: parse or batch");
    }
}
