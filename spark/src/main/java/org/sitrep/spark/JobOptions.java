package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code [--master URL] [--partitions N] --out DIR INPUT...}. Inputs are
 * anything Spark's Hadoop file systems read (a file, a directory, a glob; file:, hdfs:, s3a:). An
 * unknown option is an error.
 */
record JobOptions(List<String> inputs, String out, String master, int partitions) {
  static final String USAGE =
      "usage: sitrep spark-submit [--master URL] [--partitions N] --out DIR INPUT...\n"
          + "  INPUT      WARC, WARC.gz, JSON Lines or text files, directories or globs (file:, hdfs:, s3a:)\n"
          + "  --out      where to write articles/, failures/ and stories/ (Parquet)\n"
          + "  --master   Spark master when not set by spark-submit (default local[*])\n"
          + "  --partitions  annotation tasks (default: 4 per core Spark offers)";

  JobOptions {
    if (inputs.isEmpty()) throw new IllegalArgumentException("no INPUT given\n" + USAGE);
    if (out == null) throw new IllegalArgumentException("--out DIR is required\n" + USAGE);
  }

  static JobOptions parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null, master = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out" -> out = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        default -> {
          if (a.startsWith("--"))
            throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
          inputs.add(a);
        }
      }
    }
    return new JobOptions(List.copyOf(inputs), out, master, partitions);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    return args[i];
  }
}
