package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.resolve.dedup.NearDuplicates;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs each document of a partition through the pipeline of its language, one at a time (a task has
 * one core), and adds what the grouping stages need: the MinHash signature, its LSH band keys and
 * the story terms. A document whose annotation throws becomes a failure row; the partition goes on.
 */
final class AnnotateStage implements FlatMapFunction<Iterator<String>, Row> {
  static final StructType SCHEMA =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("json", DataTypes.StringType, true),
            DataTypes.createStructField(
                "signature", DataTypes.createArrayType(DataTypes.IntegerType), true),
            DataTypes.createStructField(
                "bands", DataTypes.createArrayType(DataTypes.LongType), true),
            DataTypes.createStructField(
                "terms", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), true),
            DataTypes.createStructField("failure", ContractSchema.FAILURE, true)
          });

  @Override
  public Iterator<Row> call(Iterator<String> docs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Row next() {
        return annotate(docs.next());
      }
    };
  }

  static Row annotate(String json) {
    Document d;
    try {
      d = ContractJson.fromJson(ContractJson.MAPPER.readTree(json)).document();
    } catch (JsonProcessingException | RuntimeException e) {
      return failure(null, -1, "not a contract document: " + e);
    }
    try {
      Annotated a = PerJvm.pipeline().run(d);
      String text = org.sitrep.resolve.Resolver.comparedText(a);
      NearDuplicates nd = PerJvm.duplicates();
      int[] sig = nd.signature(text);
      Map<String, Double> terms = PerJvm.storyTerms(text);
      // Spark's row encoder takes primitive arrays and Scala maps, not Java lists and maps.
      return RowFactory.create(
          ContractJson.line(a), sig, nd.bandKeys(sig), CollectionConverters.asScala(terms), null);
    } catch (RuntimeException | StackOverflowError e) {
      // Pipeline.run already turns a stage's failure into a diagnostic; what reaches here is a
      // broken contract.
      return failure(d.source().path(), d.source().offset(), "annotation failed: " + e);
    }
  }

  private static Row failure(String input, long offset, String reason) {
    return RowFactory.create(null, null, null, null, Failures.annotate(input, offset, reason));
  }
}
