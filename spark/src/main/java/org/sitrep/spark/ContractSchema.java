package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code annotate} contract (DESIGN.md, written by {@code ContractJson}) as a Spark schema: the
 * one place the Parquet columns are defined. Rows are made from the contract's JSON with {@code
 * from_json} and turned back into it with {@code to_json}, so no field is copied by hand; a field
 * the contract gains must be added here, and {@code ContractSchemaTest} fails until it is.
 */
public final class ContractSchema {
  private static final StructType SOURCE =
      struct(
          f("path", StringType), f("url", StringType), f("id", StringType), f("offset", LongType));

  /** One annotated document. */
  public static final StructType DOCUMENT =
      struct(
          f("id", StringType),
          f("source", SOURCE),
          f("sources", array(SOURCE)),
          f("outlet", StringType),
          f("label", StringType),
          f("title", StringType),
          f(
              "published",
              struct(f("value", StringType), f("how", StringType), f("evidence", StringType))),
          f("language", StringType),
          f("headings", array(StringType)),
          f("body", StringType),
          f("sentences", array(struct(f("start", IntegerType), f("end", IntegerType)))),
          f(
              "entities",
              array(
                  struct(
                      f("start", IntegerType),
                      f("end", IntegerType),
                      f("text", StringType),
                      f("type", StringType),
                      f("role", StringType),
                      f("country", StringType),
                      f("canonical", StringType),
                      f("entityId", StringType),
                      f("kind", StringType),
                      f("lat", DoubleType),
                      f("lon", DoubleType)))),
          f(
              "times",
              array(
                  struct(
                      f("start", IntegerType),
                      f("end", IntegerType),
                      f("text", StringType),
                      f("type", StringType),
                      f("value", StringType),
                      f("anchored", BooleanType)))),
          f(
              "quantities",
              array(
                  struct(
                      f("start", IntegerType),
                      f("end", IntegerType),
                      f("text", StringType),
                      f("value", DoubleType),
                      f("valueMax", DoubleType),
                      f("unit", StringType),
                      f("counted", StringType),
                      f("approximate", BooleanType),
                      f("bound", StringType),
                      f("change", StringType)))),
          f(
              "quotes",
              array(
                  struct(
                      f("start", IntegerType),
                      f("end", IntegerType),
                      f("text", StringType),
                      f("speaker", StringType),
                      f("speakerStart", IntegerType),
                      f("speakerEnd", IntegerType),
                      f("cue", StringType),
                      f("kind", StringType)))),
          f(
              "events",
              array(
                  struct(
                      f("type", StringType),
                      f("code", StringType),
                      f("start", IntegerType),
                      f("end", IntegerType),
                      f("actor", StringType),
                      f("target", StringType),
                      f("location", StringType),
                      f("quantityIndex", IntegerType),
                      f("time", StringType),
                      f("status", StringType)))),
          f(
              "facts",
              array(
                  struct(
                      f("quantityIndex", IntegerType),
                      f("subject", StringType),
                      f("subjectStart", IntegerType),
                      f("subjectEnd", IntegerType),
                      f("measure", StringType),
                      f("place", StringType),
                      f("value", DoubleType),
                      f("valueMax", DoubleType),
                      f("unit", StringType),
                      f("bound", StringType),
                      f("approximate", BooleanType),
                      f("change", StringType),
                      f("kind", StringType),
                      f("status", StringType),
                      f("asOf", StringType),
                      f("asOfHow", StringType),
                      f("period", StringType),
                      f("target", StringType),
                      f("attributedTo", StringType),
                      f("evidenceStart", IntegerType),
                      f("evidenceEnd", IntegerType),
                      f("partOf", IntegerType)))),
          f("diagnostics", array(struct(f("stage", StringType), f("message", StringType)))));

  /**
   * A record that could not be read or annotated; {@code skipped} is false when it was read with a
   * warning.
   */
  public static final StructType FAILURE =
      struct(
          f("stage", StringType),
          f("input", StringType),
          f("where", StringType),
          f("offset", LongType),
          f("reason", StringType),
          f("skipped", BooleanType));

  private ContractSchema() {}

  /** The contract's columns parsed from a column of contract JSON, as a struct. */
  public static Column fromJson(Column json) {
    return from_json(json, DOCUMENT, Map.of("mode", "FAILFAST"));
  }

  /**
   * The contract's top-level columns of a table that has them (and maybe more), as contract JSON.
   */
  public static Column toJson() {
    return to_json(
        org.apache.spark.sql.functions.struct(
            Arrays.stream(DOCUMENT.fieldNames())
                .map(n -> col("`" + n + "`"))
                .toArray(Column[]::new)));
  }

  private static StructField f(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, true);
  }
}
