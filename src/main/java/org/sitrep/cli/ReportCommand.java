package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.query.Scope;
import org.sitrep.query.Situations;
import org.sitrep.report.Brief;
import org.sitrep.report.Labels;
import org.sitrep.report.MarkdownBrief;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep report}: a sourced situation report (Markdown) on a story, an entity or a search.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "report",
    description =
        "Write a situation report on a story, an entity or a search: key figures and"
            + " how they changed, who is involved, what was said and happened, how outlets tell it; every line cites its"
            + " source. Markdown (rendered for the terminal when printed to one), or JSON with --json.")
final class ReportCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ScopeOptions scope;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(names = "--json", description = "The report as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Brief brief;
    try (Situations x = data.query()) {
      Scope.Docs chosen = scope.choose(x);
      if (chosen.ids().isEmpty()) throw new UserError(chosen.description() + " has no articles");
      brief = x.brief(chosen);
    }
    String text = json ? Json.write(brief) + "\n" : MarkdownBrief.render(brief);
    if (out == null) {
      // On a terminal the report is rendered for it; piped or written with --out, plain Markdown.
      boolean tty = !json && Terminal.interactive();
      System.out.print(
          tty
              ? org.sitrep.report.TerminalMarkdown.render(text, System.getenv("NO_COLOR") == null)
              : text);
      return 0;
    }
    // Written beside the target and moved into place: a reader never sees half a report.
    Path abs = out.toAbsolutePath();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(abs.getParent(), ".sitrep-report", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UserError("cannot write the report to " + out + ": " + e);
    } finally {
      if (tmp != null) Files.deleteIfExists(tmp);
    }
    System.err.printf(
        "sitrep: report on %s written to %s (%s)%n",
        brief.scope(), out, Labels.count(brief.sources().size(), "source"));
    return 0;
  }
}
