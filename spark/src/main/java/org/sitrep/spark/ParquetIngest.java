package org.sitrep.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;

/**
 * The way back from a cluster run to the embedded store: {@code sitrep ingest [--data DIR] [--batch
 * N] [--no-resolve] PARQUET...} reads the job's articles (a Parquet file, a directory of them, or
 * the job's output directory) with Spark in local mode and stores each row as the contract document
 * it is, without annotating again; then adds them to the resolution kept in the store, as {@code
 * sitrep ingest} does. The launcher sends {@code ingest} here when a path is Parquet.
 */
public final class ParquetIngest {
  private ParquetIngest() {}

  public static void main(String[] args) {
    Path data = Path.of("sitrep-data");
    int batch = 200;
    boolean resolve = true;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--no-resolve" -> resolve = false;
        case "--quiet" -> {}
        default -> {
          if (args[i].startsWith("--")) {
            System.err.println("sitrep: ingest of Parquet does not take " + args[i]);
            System.exit(2);
          }
          paths.add(articlesOf(args[i]));
        }
      }
    }
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("sitrep-ingest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .getOrCreate();
    Counts c;
    try {
      c = ingest(spark, paths, data, batch, resolve);
    } finally {
      spark.stop();
    }
    System.exit(c.fresh() + c.known() == 0 ? 1 : 0);
  }

  /**
   * What one ingest did: documents new to the store, already there, and rows that were not
   * documents.
   */
  record Counts(long fresh, long known, long bad) {}

  static Counts ingest(
      SparkSession spark, List<String> paths, Path data, int batch, boolean resolve) {
    long fresh = 0, known = 0, bad = 0;
    try (Store store = Store.open(data)) {
      Iterator<Row> rows =
          spark
              .read()
              .parquet(paths.toArray(String[]::new))
              .select(ContractSchema.toJson())
              .toLocalIterator();
      List<Annotated> pending = new ArrayList<>();
      while (rows.hasNext()) {
        try {
          pending.add(
              ContractJson.fromJson(ContractJson.MAPPER.readTree(rows.next().getString(0))));
        } catch (Exception e) {
          bad++;
          System.err.println(
              "sitrep: a row is not a contract document (skipped): " + e.getMessage());
        }
        if (pending.size() >= batch || !rows.hasNext()) {
          for (Ingested in : store.putAll(pending)) {
            if (in.isNew()) fresh++;
            else known++;
          }
          pending.clear();
        }
      }
      System.err.printf(
          "sitrep: %d new, %d already stored, %d skipped; the store in %s now holds %d documents%n",
          fresh, known, bad, data, store.count());
      if (resolve && store.unresolved() > 0) {
        // the new articles are added to the picture kept in the store, as 'sitrep ingest' does
        var s = store.resolvePending();
        System.err.printf(
            "sitrep: resolved %d entities and %d stories%n", s.entities(), s.stories());
      }
    }
    return new Counts(fresh, known, bad);
  }

  /**
   * The job's output directory holds articles/, failures/ and stories/: only the articles are
   * documents.
   */
  private static String articlesOf(String path) {
    Path p = Path.of(path);
    return Files.isDirectory(p.resolve("articles")) ? p.resolve("articles").toString() : path;
  }
}
