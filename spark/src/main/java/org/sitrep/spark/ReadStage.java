package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;
import scala.Tuple2;

/**
 * Reads one input file with the same {@link Sources} readers the CLI uses, through the Hadoop file
 * system the path names (local, HDFS, S3A), reopening it at an offset to resume after a damaged
 * WARC record. Each document leaves as contract JSON with no annotations; each problem as a failure
 * row.
 */
final class ReadStage implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  /** A document (json) or a failure, never both. */
  static final StructType SCHEMA =
      DataTypes.createStructType(
          new org.apache.spark.sql.types.StructField[] {
            DataTypes.createStructField("json", DataTypes.StringType, true),
            DataTypes.createStructField("failure", ContractSchema.FAILURE, true)
          });

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
    // One file's documents are held until it is read: text only, a few hundred MB for a 1 GB
    // CC-NEWS WARC.
    List<Row> out = new ArrayList<>();
    Problems problems = new Problems(p -> out.add(RowFactory.create(null, Failures.of(p))));
    PortableDataStream data = file._2();
    new Sources(problems)
        .read(
            file._1(),
            offset -> open(data, offset),
            d -> out.add(RowFactory.create(ContractJson.line(Annotated.of(d)), null)));
    return out.iterator();
  }

  private static InputStream open(PortableDataStream data, long offset) throws IOException {
    Path path = new Path(data.getPath());
    FSDataInputStream in = path.getFileSystem(data.getConfiguration()).open(path);
    try {
      if (offset > 0) in.seek(offset);
      return in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
