/**
 * The parser on Apache Spark: {@link io.github.ogireport.spark.SparkReports} turns paths or a manifest into a
 * {@code Dataset<Row>} of reports with the output contract's columns, and {@link io.github.ogireport.spark.SparkBatch}
 * is the {@code spark-submit} job that writes them as JSON Lines and Parquet.
 */
package io.github.ogireport.spark;
