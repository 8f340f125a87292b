/**
 * The topics a reader can narrow search results to, and the topics of every answer and concept
 * page. Topics cut across the sidebar's themes: an answer about the AWS lake is about Pipelines and
 * AWS at once, so a page may have several. The search UI lists topics in the order given here.
 *
 * Keys are page ids (`answers/<slug>`, `concepts/<slug>`), as in `search-synonyms.ts`. A key that
 * names no page fails the build; a page with no topic fails the unit tests.
 */
export const searchTopics = [
  'Pipelines',
  'Spark',
  'AWS',
  'Airflow',
  'Storage',
  'Cost',
  'Data quality',
  'Monitoring',
  'Governance',
  'SQL',
  'ML',
] as const;

export type SearchTopic = (typeof searchTopics)[number];

export const pageTopics: Readonly<Record<string, readonly SearchTopic[]>> = {
  // Answers
  'answers/end-to-end-data-pipeline': ['Pipelines', 'AWS', 'Airflow'],
  'answers/ingesting-client-data-into-an-aws-data-lake': ['Pipelines', 'AWS', 'Storage'],
  'answers/spark-performance-and-cost': ['Spark', 'Cost'],
  'answers/narrow-vs-wide-transformations': ['Spark'],
  'answers/partitioning-large-tables': ['Storage', 'Spark'],
  'answers/data-quality-across-pipelines': ['Data quality'],
  'answers/governance-security-and-retention': ['Governance', 'AWS'],
  'answers/aws-data-platform-services': ['AWS', 'Pipelines'],
  'answers/postgresql-slow-query-optimisation': ['SQL'],
  'answers/orchestrating-pipelines-with-airflow': ['Airflow', 'Pipelines'],
  'answers/pipeline-monitoring-and-alerting': ['Monitoring', 'Airflow'],
  'answers/training-and-scoring-datasets': ['ML'],
  'answers/debugging-a-wrong-dashboard': ['Data quality', 'Monitoring'],
  'answers/reducing-pipeline-cost-and-runtime': ['Cost', 'Storage', 'AWS'],

  // Concepts
  'concepts/absence-alerting': ['Monitoring'],
  'concepts/adaptive-query-execution': ['Spark'],
  'concepts/autoscaling': ['Spark', 'Cost'],
  'concepts/broadcast-join': ['Spark'],
  'concepts/caching': ['Spark'],
  'concepts/ci-cd-for-data': ['Pipelines'],
  'concepts/clustering-and-z-ordering': ['Storage'],
  'concepts/compaction': ['Storage'],
  'concepts/composite-index': ['SQL'],
  'concepts/dag': ['Airflow'],
  'concepts/data-catalog': ['Governance', 'AWS'],
  'concepts/data-contract': ['Data quality', 'Pipelines'],
  'concepts/data-lineage': ['Governance', 'Data quality'],
  'concepts/data-quality-checks': ['Data quality'],
  'concepts/data-skew': ['Spark'],
  'concepts/delta-lake': ['Storage'],
  'concepts/dimensional-modelling': ['SQL', 'Pipelines'],
  'concepts/encryption-at-rest-and-in-transit': ['Governance', 'AWS'],
  'concepts/execution-plans': ['SQL'],
  'concepts/feature-tables': ['ML'],
  'concepts/idempotency-and-backfills': ['Pipelines'],
  'concepts/incremental-loads': ['Pipelines', 'Cost'],
  'concepts/label-leakage': ['ML'],
  'concepts/materialised-aggregates': ['SQL'],
  'concepts/medallion-architecture': ['Pipelines', 'Storage'],
  'concepts/narrow-and-wide-transformations': ['Spark'],
  'concepts/parquet': ['Storage'],
  'concepts/partition-explosion': ['Storage'],
  'concepts/partition-pruning': ['Storage', 'Spark'],
  'concepts/partitioning': ['Storage'],
  'concepts/physical-plan': ['Spark'],
  'concepts/pii-masking': ['Governance'],
  'concepts/point-in-time-correctness': ['ML'],
  'concepts/rbac-and-iam': ['Governance', 'AWS'],
  'concepts/referential-integrity': ['Data quality', 'SQL'],
  'concepts/retention-and-lifecycle-policies': ['Governance', 'Cost', 'AWS'],
  'concepts/retries-with-backoff': ['Airflow'],
  'concepts/schema-drift': ['Data quality'],
  'concepts/sensors': ['Airflow'],
  'concepts/shuffle': ['Spark'],
  'concepts/sla-and-freshness': ['Monitoring'],
  'concepts/small-files-problem': ['Storage', 'Cost'],
  'concepts/structured-logs-and-metrics': ['Monitoring'],
  'concepts/xcom': ['Airflow'],
};
