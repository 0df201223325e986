package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.resolve.dedup.NearDuplicates;

/**
 * Near-duplicate groups with Spark: documents that share an LSH band key (the keys {@link
 * NearDuplicates} uses) are candidates; each bucket's members are checked against its earliest
 * member by signature similarity, with the resolver's threshold; the pairs that pass are joined
 * into groups on the driver (union-find). A group is named after its earliest document (publication
 * date, then id), which is how the resolver, reading oldest first, names it too. Checking against
 * one member per bucket keeps the work linear in bucket size where all pairs would be quadratic;
 * with 32 buckets per document a copy almost always meets its group somewhere.
 */
final class DuplicateGroups {
  static final StructType SCHEMA =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("duplicate_group", DataTypes.StringType, false)
          });

  private DuplicateGroups() {}

  /**
   * Groups {@code docs} (one row per distinct id: id, published_date, signature, bands) and returns
   * (id, duplicate_group) for every document that has a copy.
   */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> docs) {
    Dataset<Row> buckets =
        docs.select(col("id"), col("published_date"), explode(col("bands")).as("band"))
            .groupBy("band")
            .agg(collect_list(struct(col("published_date"), col("id"))).as("members"))
            .filter(size(col("members")).gt(1));
    JavaRDD<Row> candidates =
        buckets.javaRDD().flatMap(b -> againstEarliest(b.getList(1)).iterator());
    StructType pairSchema =
        DataTypes.createStructType(
            new StructField[] {
              DataTypes.createStructField("ka", DataTypes.StringType, false),
              DataTypes.createStructField("kb", DataTypes.StringType, false)
            });
    Dataset<Row> pairs =
        spark
            .createDataFrame(candidates, pairSchema)
            .distinct()
            .withColumn("a", substring_index(col("ka"), "|", -1))
            .withColumn("b", substring_index(col("kb"), "|", -1));
    Dataset<Row> sigs = docs.select(col("id"), col("signature"));
    double threshold = NearDuplicates.Config.DEFAULT.threshold();
    List<Row> edges =
        pairs
            .join(sigs.withColumnRenamed("id", "a").withColumnRenamed("signature", "sa"), "a")
            .join(sigs.withColumnRenamed("id", "b").withColumnRenamed("signature", "sb"), "b")
            .javaRDD()
            .filter(
                r ->
                    NearDuplicates.similarity(
                            ints(r.getList(r.fieldIndex("sa"))),
                            ints(r.getList(r.fieldIndex("sb"))))
                        >= threshold)
            .map(
                r ->
                    RowFactory.create(
                        r.getString(r.fieldIndex("ka")), r.getString(r.fieldIndex("kb"))))
            .collect();
    List<Row> groups = new ArrayList<>();
    for (Map.Entry<String, String> e : union(edges).entrySet()) {
      groups.add(RowFactory.create(e.getKey(), e.getValue()));
    }
    return spark.createDataFrame(groups, SCHEMA);
  }

  /**
   * Pairs (earliest member key, other member key) of one bucket; keys are "date|id" so they sort by
   * date.
   */
  private static List<Row> againstEarliest(List<Row> members) {
    List<String> keys = new ArrayList<>();
    for (Row m : members) keys.add(m.getString(0) + "|" + m.getString(1));
    keys.sort(Comparator.naturalOrder());
    List<Row> out = new ArrayList<>();
    for (int i = 1; i < keys.size(); i++) out.add(RowFactory.create(keys.get(0), keys.get(i)));
    return out;
  }

  /**
   * Union-find over "date|id" keys; the root of each set is its smallest key. Returns id -> root
   * id.
   */
  private static Map<String, String> union(List<Row> edges) {
    Map<String, String> parent = new HashMap<>();
    for (Row e : edges) {
      String ra = root(parent, e.getString(0)), rb = root(parent, e.getString(1));
      if (ra.equals(rb)) continue;
      if (ra.compareTo(rb) < 0) parent.put(rb, ra);
      else parent.put(ra, rb);
    }
    Map<String, String> groups = new HashMap<>();
    for (String k : parent.keySet()) groups.put(idOf(k), idOf(root(parent, k)));
    return groups;
  }

  private static String root(Map<String, String> parent, String k) {
    parent.putIfAbsent(k, k);
    String r = k;
    while (!parent.get(r).equals(r)) r = parent.get(r);
    for (String c = k; !c.equals(r); ) {
      String next = parent.get(c);
      parent.put(c, r);
      c = next;
    }
    return r;
  }

  private static String idOf(String key) {
    return key.substring(key.indexOf('|') + 1);
  }

  private static int[] ints(List<Integer> xs) {
    int[] out = new int[xs.size()];
    for (int i = 0; i < out.length; i++) out[i] = xs.get(i);
    return out;
  }
}
