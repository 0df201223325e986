package org.sitrep.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.source.Sources;

/**
 * The Spark job: read (one task per input file, the CLI's readers) -> annotate (the CLI's pipeline,
 * spread over {@code partitions} tasks) -> near-duplicate groups -> stories -> Parquet. Writes
 * under {@code --out}: {@code articles/} (the annotate contract's fields, plus published_date,
 * duplicate_group, duplicate_of and story; partitioned by published_date, "unknown" when there is
 * none), {@code failures/} (stage, input, where, offset, reason, skipped) and {@code stories/} (per
 * story and day: articles, distinct reports, title, outlets).
 */
public final class SitrepJob {
  private SitrepJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("sitrep: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("sitrep");
    // spark-submit sets the master; the launcher and tests run the class directly.
    if (System.getProperty("spark.master") == null)
      b.master(options.master() == null ? "local[*]" : options.master());
    SparkSession spark = b.getOrCreate();
    try {
      System.err.println("sitrep: " + run(spark, options));
    } finally {
      spark.stop();
    }
  }

  /** What one run wrote. */
  public record Summary(
      long articles, long failures, long duplicateGroups, long stories, double seconds) {
    @Override
    public String toString() {
      return String.format(
          "%d articles (%.1f/s), %d failures, %d duplicate groups, %d stories in %.1f s",
          articles, articles / seconds, failures, duplicateGroups, stories, seconds);
    }
  }

  public static Summary run(SparkSession spark, JobOptions options) {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();

    List<String> inputs = options.inputs();
    JavaRDD<Row> read =
        jsc.binaryFiles(String.join(",", options.inputs()), jsc.defaultParallelism())
            .filter(
                f ->
                    named(inputs, f._1())
                        || !Sources.walksPast(f._1().substring(f._1().lastIndexOf('/') + 1)))
            .flatMap(new ReadStage())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Row> annotated =
        read.filter(r -> !r.isNullAt(0))
            .map(r -> r.getString(0))
            .repartition(partitions)
            .mapPartitions(new AnnotateStage())
            .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> failures =
        spark
            .createDataFrame(read, ReadStage.SCHEMA)
            .filter(col("failure").isNotNull())
            .select("failure.*")
            .unionByName(
                spark
                    .createDataFrame(annotated, AnnotateStage.SCHEMA)
                    .filter(col("failure").isNotNull())
                    .select("failure.*"));
    Dataset<Row> docs =
        spark
            .createDataFrame(annotated, AnnotateStage.SCHEMA)
            .filter(col("json").isNotNull())
            .select(
                ContractSchema.fromJson(col("json")).as("d"),
                col("signature"),
                col("bands"),
                col("terms"))
            .select(col("d.*"), col("signature"), col("bands"), col("terms"))
            .withColumn("published_date", publishedDate())
            .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> distinct = docs.dropDuplicates("id");
    Dataset<Row> groups = DuplicateGroups.find(spark, distinct);
    Dataset<Row> stories = StoryAssignments.assign(spark, distinct);
    Dataset<Row> articles =
        docs.drop("signature", "bands", "terms")
            .join(groups, docs.col("id").equalTo(groups.col("id")), "left")
            .drop(groups.col("id"))
            .withColumn("duplicate_of", col("duplicate_group"))
            .withColumn("duplicate_group", coalesce(col("duplicate_group"), col("id")))
            .withColumn(
                "duplicate_of",
                when(col("duplicate_of").equalTo(col("id")), lit(null))
                    .otherwise(col("duplicate_of")))
            .join(stories, "id")
            .persist(StorageLevel.MEMORY_AND_DISK());

    String out = options.out().replaceAll("/+$", "");
    articles
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("published_date")
        .parquet(out + "/articles");
    failures.write().mode(SaveMode.Overwrite).parquet(out + "/failures");
    Dataset<Row> perStory =
        articles
            .groupBy("published_date", "story")
            .agg(
                count_distinct(col("id")).as("articles"),
                count_distinct(col("duplicate_group")).as("distinct_reports"),
                first(col("title"), true).as("title"),
                collect_set(col("outlet")).as("outlets"));
    perStory
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("published_date")
        .parquet(out + "/stories");

    Summary s =
        new Summary(
            articles.count(),
            spark.read().parquet(out + "/failures").count(),
            groups.select("duplicate_group").distinct().count(),
            stories.select("story").distinct().count(),
            (System.nanoTime() - t0) / 1e9);
    articles.unpersist();
    docs.unpersist();
    annotated.unpersist();
    read.unpersist();
    return s;
  }

  /**
   * A file named on the command line is read even when a directory walk would pass over it, as in
   * the CLI.
   */
  private static boolean named(List<String> inputs, String uri) {
    return inputs.stream().anyMatch(in -> uri.endsWith(in.replaceFirst("^[a-z0-9]+:", "")));
  }

  /**
   * The publication date as a partition value: an ISO date, else "unknown" (also for a year or
   * month alone).
   */
  static org.apache.spark.sql.Column publishedDate() {
    org.apache.spark.sql.Column v = col("published.value");
    return when(v.rlike("^\\d{4}-\\d{2}-\\d{2}$"), v).otherwise(lit("unknown"));
  }
}
