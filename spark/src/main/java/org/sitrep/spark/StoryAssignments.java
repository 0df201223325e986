package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.resolve.story.StoryLinks;

/**
 * Stories with the resolver's own {@link StoryLinks} (the connected components of the story rule's
 * links), run once on the driver over the documents in the order the store's resolution reads them
 * (oldest first, undated last; then by id), so the ids match the store's too. The executors
 * computed each document's weighted words; the driver streams them one partition at a time and
 * reads each document's final story once all are added, since a later article can merge two
 * stories.
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
    StoryLinks links = new StoryLinks();
    List<String> ids = new ArrayList<>();
    Iterator<Row> it =
        docs.select(col("id"), col("published_date"), col("terms"))
            .orderBy(col("published_date"), col("id"))
            .toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      Map<String, Double> terms = r.getJavaMap(2);
      String date = r.getString(1);
      links.add(r.getString(0), "unknown".equals(date) ? null : date, new TreeMap<>(terms));
      ids.add(r.getString(0));
    }
    List<Row> out = new ArrayList<>(ids.size());
    for (String id : ids) out.add(RowFactory.create(id, links.storyOf(id)));
    return spark.createDataFrame(out, SCHEMA);
  }
}
