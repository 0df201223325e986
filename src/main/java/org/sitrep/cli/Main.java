package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep}: reads the news and turns it into a sourced picture of a situation. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "sitrep 0.1.0",
    description =
        "Reads news articles and answers who, what, where, when, how many and who said what, with sources.",
    subcommands = {
      AnnotateCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      ListCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      ResolveCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      FactsCommand.class,
      OfficesCommand.class,
      TimelineCommand.class,
      ReportCommand.class,
      BenchModuleCommand.class,
      TokenCommand.class,
      TopicCommand.class,
      AlertsCommand.class,
      org.sitrep.server.ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    // Messages on stderr always carry text from the input (titles, file names); stdout only when a
    // person reads it on a terminal, since piped output (JSON, CSV) is the consumer's to handle.
    System.setErr(ControlFilter.wrap(java.io.FileDescriptor.err));
    if (System.console() != null) System.setOut(ControlFilter.wrap(java.io.FileDescriptor.out));
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; used by tests to run commands in-process. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof UserError || ex instanceof org.sitrep.store.BadQueryException) {
            cmd.getErr().println("sitrep: " + ex.getMessage());
            return 2;
          }
          if (ex instanceof org.sitrep.store.StoreException) {
            cmd.getErr().println("sitrep: " + ex.getMessage());
            return 1;
          }
          throw ex;
        });
    return cl.execute(args);
  }
}
