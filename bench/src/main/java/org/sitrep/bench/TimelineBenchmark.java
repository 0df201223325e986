package org.sitrep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.event.EventStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.annotate.time.TimeStage;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.EntityTimeline;

/**
 * SemEval-2015 Task 4 (TimeLine), track A: from the raw trial corpus and each gold timeline's
 * target entity, builds Sitrep's timeline with {@link EntityTimeline}, writes it in the task's
 * format and scores it with temporal awareness ({@link TemporalAwareness}). Gold event annotations
 * are never read. Usage: {@code TimelineBenchmark [folder] [--out dir]}.
 */
public final class TimelineBenchmark {
  /** The best track A run of the task (Minard et al. 2015), micro F1 on the evaluation corpora. */
  public static final double BEST_PUBLISHED_F1 = 7.85;

  /**
   * One target entity: its gold file, the timeline written for it, and its score with ambiguous
   * reductions resolved in the favour of the side scored ({@code score}, optimistic) and as an
   * expectation ({@code expected}).
   */
  public record EntityScore(
      String entity,
      Path gold,
      Path written,
      TemporalAwareness score,
      TemporalAwareness expected) {}

  /** A run: per-entity scores and their micro averages. */
  public record Report(
      int documents,
      List<EntityScore> entities,
      TemporalAwareness overall,
      TemporalAwareness expected) {
    public String lines() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              Locale.ROOT,
              "SemEval-2015 Task 4 track A, trial data: %d documents, %d timelines%n",
              documents,
              entities.size()));
      b.append("favourable reduction (optimistic):\n");
      for (EntityScore e : entities)
        b.append(String.format(Locale.ROOT, "  %-22s %s%n", e.entity(), e.score().line()));
      b.append(String.format(Locale.ROOT, "  %-22s %s%n", "micro average", overall.line()));
      b.append("expected over reduction choices (estimate):\n");
      for (EntityScore e : entities)
        b.append(String.format(Locale.ROOT, "  %-22s %s%n", e.entity(), e.expected().line()));
      b.append(String.format(Locale.ROOT, "  %-22s %s%n", "micro average", expected.line()));
      b.append(
          String.format(
              Locale.ROOT,
              "best published track A system: F1 %.2f (on the evaluation corpora, not this trial set)%n",
              BEST_PUBLISHED_F1));
      b.append(
          "scorer: a re-implementation of the official timeline-to-graph conversion and of temporal awareness, not the"
              + " official script; closure in point algebra; the reduced graph is not taken in the official script's order");
      return b.toString();
    }
  }

  private TimelineBenchmark() {}

  public static Path defaultFolder() {
    return Path.of(
        System.getProperty("sitrep.shared", "../shared"), "bench", "timeline-semeval2015");
  }

  public static void main(String[] args) {
    Path folder = defaultFolder(), out = Path.of("target", "timeline-semeval2015");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) out = Path.of(args[++i]);
      else folder = Path.of(args[i]);
    }
    System.out.println(run(folder, out).lines());
  }

  public static Report run(Path folder, Path out) {
    List<SemEvalCorpus.Doc> corpus = SemEvalCorpus.read(folder);
    List<Annotated> docs = annotate(corpus);
    Path goldDir = goldFolder(folder);
    List<EntityScore> scores = new ArrayList<>();
    TemporalAwareness overall = TemporalAwareness.ZERO, expected = TemporalAwareness.ZERO;
    for (Path goldFile : SemEvalCorpus.list(goldDir, ".txt")) {
      TimelineFile gold = TimelineFile.read(goldFile);
      TimelineFile system =
          toTaskFormat(gold.entity(), EntityTimeline.of(gold.entity(), docs), corpus);
      Path written = out.resolve(goldFile.getFileName());
      system.write(written);
      TemporalAwareness s = TemporalAwareness.score(system, gold, true),
          x = TemporalAwareness.score(system, gold, false);
      scores.add(new EntityScore(gold.entity(), goldFile, written, s, x));
      overall = overall.plus(s);
      expected = expected.plus(x);
    }
    return new Report(corpus.size(), scores, overall, expected);
  }

  private static List<Annotated> annotate(List<SemEvalCorpus.Doc> corpus) {
    Pipeline pipeline =
        Pipeline.builder()
            .add(new CoreNlpStage())
            .add(new EntityStage())
            .add(new TimeStage())
            .build();
    // No stage adds quantities yet, so the builder would refuse the event stage; it works without
    // them.
    EventStage events = new EventStage();
    List<Annotated> out = new ArrayList<>();
    for (SemEvalCorpus.Doc d : corpus) out.add(events.apply(pipeline.run(d.document())));
    return out;
  }

  private static TimelineFile toTaskFormat(
      String entity, List<EntityTimeline.Slot> slots, List<SemEvalCorpus.Doc> corpus) {
    List<TimelineFile.Row> rows = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (EntityTimeline.Slot s : slots) {
      for (EntityTimeline.EventMention e : s.events()) {
        String id = corpus.get(e.doc()).eventId(e.start(), e.end());
        // Two triggers with one word in one sentence get one id in the task's scheme; keep the
        // first.
        if (seen.add(id)) rows.add(new TimelineFile.Row(s.order(), s.date(), List.of(id)));
      }
    }
    return new TimelineFile(entity, rows);
  }

  private static Path goldFolder(Path folder) {
    for (Path p : SemEvalCorpus.list(folder, "")) {
      if (Files.isDirectory(p) && p.getFileName().toString().startsWith("TimeLines")) return p;
    }
    throw new IllegalArgumentException("no TimeLines* folder of gold timelines under " + folder);
  }
}
