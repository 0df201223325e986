package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.resolve.story.StoryGrouper;

/**
 * Stories with the resolver's own {@link StoryGrouper}, run once on the driver over the documents
 * in the order the store's resolution reads them (oldest first, undated last; then by id). The
 * grouper is incremental and its IDF depends on what it has seen, so splitting it across executors
 * would change the answer; what it reads is small, though: the executors computed each document's
 * weighted terms, and the driver streams them one partition at a time. Its cost is about a
 * millisecond a document, far below annotation's, so one thread keeps up with a day.
 */
final class StoryAssignments {
  static final StructType SCHEMA =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("story", DataTypes.StringType, false)
          });

  private StoryAssignments() {}

  /** (id, story) for each row of {@code docs} (one per distinct id: id, published_date, terms). */
  static Dataset<Row> assign(SparkSession spark, Dataset<Row> docs) {
    StoryGrouper grouper = new StoryGrouper();
    List<Row> out = new ArrayList<>();
    Iterator<Row> it =
        docs.select(col("id"), col("published_date"), col("terms"))
            .orderBy(col("published_date"), col("id"))
            .toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      Map<String, Double> terms = new java.util.HashMap<>(r.getJavaMap(2));
      out.add(RowFactory.create(r.getString(0), grouper.add(terms).storyId()));
    }
    return spark.createDataFrame(out, SCHEMA);
  }
}
