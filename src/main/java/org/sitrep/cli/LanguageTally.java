package org.sitrep.cli;

import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.LanguagePipelines;

/**
 * Documents per language in a run, and what each language was annotated with: the run summary's
 * last lines. Fed from the runner's output thread, one document at a time.
 */
final class LanguageTally {
  private final LanguagePipelines pipelines;
  private final Map<String, Long> counts = new TreeMap<>();

  LanguageTally(LanguagePipelines pipelines) {
    this.pipelines = pipelines;
  }

  void add(Annotated a) {
    String lang = a.document().language();
    counts.merge(lang == null || lang.isBlank() ? "unknown" : lang, 1L, Long::sum);
  }

  /** One line per language, most documents first; empty when no document was seen. */
  String lines() {
    StringBuilder sb = new StringBuilder();
    counts.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(
            e -> {
              String code = e.getKey();
              String as = code.equals("unknown") ? null : code;
              String lang = pipelines.languageOf(as);
              sb.append("\n  ").append(e.getValue()).append(" × ").append(code).append(": ");
              if (pipelines.hasModel(lang)) {
                sb.append(LanguagePipelines.names(pipelines.layersFor(lang)));
                if (as == null) sb.append(" (read as ").append(lang).append(')');
                if (!pipelines.skippedFor(lang).isEmpty())
                  sb.append("; no rules yet for ")
                      .append(LanguagePipelines.names(pipelines.skippedFor(lang)));
              } else {
                sb.append(LanguagePipelines.names(pipelines.layersFor(lang)))
                    .append("; no model, skipped ")
                    .append(LanguagePipelines.names(pipelines.skippedFor(lang)));
              }
            });
    return sb.length() == 0 ? "" : "\nsitrep: documents by language:" + sb;
  }
}
