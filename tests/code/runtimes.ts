/**
 * Names a Python block may use without importing them, because the place it runs defines them.
 * A block says where it runs in its fence meta (`runtime=databricks-notebook`), or names the few
 * it takes (`globals="spark"`); every other block must define or import what it uses, as a
 * reader who pastes it into a plain Python file would need.
 */
export const RUNTIMES: Readonly<Record<string, readonly string[]>> = {
  /**
   * A Databricks notebook (or a notebook task of a job): the session, the context, the utilities
   * and the display helpers are predefined. A Python file task defines none of them.
   * https://docs.databricks.com/aws/en/notebooks/notebooks-code
   */
  'databricks-notebook': ['spark', 'sc', 'dbutils', 'display', 'displayHTML'],
  /** The `pyspark` shell: https://spark.apache.org/docs/latest/quick-start.html */
  'pyspark-shell': ['spark', 'sc'],
};
