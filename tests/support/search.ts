import type { Page } from '@playwright/test';
import { searchRanking } from '../../src/config/search-ranking.mjs';

/** A query a reader types, and the page that should come first. */
export interface SearchCase {
  query: string;
  /** Page id: `answers/<slug>` or `concepts/<slug>`. */
  expected: string;
}

/**
 * Queries written from a reader's side: the names people know things by, tools, abbreviations,
 * US spellings and half-typed words, many of which the expected page never uses (they reach it
 * through `src/data/search-synonyms.ts` or a concept's aliases).
 */
export const SEARCH_CASES: readonly SearchCase[] = [
  // Looking up a concept by its name or another name for it.
  { query: 'skew', expected: 'concepts/data-skew' },
  { query: 'XCom', expected: 'concepts/xcom' },
  { query: 'partition explosion', expected: 'concepts/partition-explosion' },
  { query: 'medallion', expected: 'concepts/medallion-architecture' },
  { query: 'AQE', expected: 'concepts/adaptive-query-execution' },
  { query: 'Z-order', expected: 'concepts/clustering-and-z-ordering' },
  { query: 'point-in-time', expected: 'concepts/point-in-time-correctness' },
  { query: 'salting', expected: 'concepts/data-skew' },
  { query: 'hot keys', expected: 'concepts/data-skew' },
  { query: 'Glacier', expected: 'concepts/retention-and-lifecycle-policies' },
  { query: 'Great Expectations', expected: 'concepts/data-quality-checks' },
  { query: "dead man's switch", expected: 'concepts/absence-alerting' },
  { query: 'star schema', expected: 'concepts/dimensional-modelling' },
  { query: 'dimensional modeling', expected: 'concepts/dimensional-modelling' },
  { query: 'tiny files', expected: 'concepts/small-files-problem' },
  { query: 'broadcast hash join', expected: 'concepts/broadcast-join' },
  { query: 'exponential backoff', expected: 'concepts/retries-with-backoff' },
  { query: 'feature store', expected: 'concepts/feature-tables' },
  { query: 'target leakage', expected: 'concepts/label-leakage' },
  { query: 'change data capture', expected: 'concepts/incremental-loads' },
  { query: 'EXPLAIN ANALYZE', expected: 'concepts/execution-plans' },
  { query: 'foreign key', expected: 'concepts/referential-integrity' },
  { query: 'KMS', expected: 'concepts/encryption-at-rest-and-in-transit' },
  { query: 'least privilege', expected: 'concepts/rbac-and-iam' },
  { query: 'OpenLineage', expected: 'concepts/data-lineage' },
  { query: 'schema evolution', expected: 'concepts/schema-drift' },
  { query: 'materialized view', expected: 'concepts/materialised-aggregates' },
  { query: 'time travel', expected: 'concepts/delta-lake' },
  { query: 'Glue Data Catalog', expected: 'concepts/data-catalog' },
  { query: 'backfill', expected: 'concepts/idempotency-and-backfills' },
  { query: 'deferrable operator', expected: 'concepts/sensors' },
  { query: 'bin-packing', expected: 'concepts/compaction' },
  { query: 'idempot', expected: 'concepts/idempotency-and-backfills' },
  { query: 'shuffle', expected: 'concepts/shuffle' },

  // Looking for an answer: the question's words, a tool or a problem in everyday words.
  { query: 'spark tuning', expected: 'answers/spark-performance-and-cost' },
  { query: 'salting AQE', expected: 'answers/spark-performance-and-cost' },
  { query: 'Z-order partitioning strategy', expected: 'answers/partitioning-large-tables' },
  { query: 'Great Expectations pipelines', expected: 'answers/data-quality-across-pipelines' },
  { query: 'Glacier cost', expected: 'answers/reducing-pipeline-cost-and-runtime' },
  { query: 'point-in-time training data', expected: 'answers/training-and-scoring-datasets' },
  { query: 'bronze silver gold ingestion', expected: 'answers/ingesting-client-data-into-an-aws-data-lake' },
  { query: 'medallion AWS services', expected: 'answers/aws-data-platform-services' },
  { query: 'FinOps', expected: 'answers/reducing-pipeline-cost-and-runtime' },
  { query: 'GDPR', expected: 'answers/governance-security-and-retention' },
  { query: 'PagerDuty', expected: 'answers/pipeline-monitoring-and-alerting' },
  { query: 'ETL', expected: 'answers/end-to-end-data-pipeline' },
  { query: 'Postgres slow query', expected: 'answers/postgresql-slow-query-optimisation' },
  { query: 'wrong numbers dashboard', expected: 'answers/debugging-a-wrong-dashboard' },
  { query: 'Airflow', expected: 'answers/orchestrating-pipelines-with-airflow' },
  { query: 'monitoring', expected: 'answers/pipeline-monitoring-and-alerting' },
  { query: 'data scientists', expected: 'answers/training-and-scoring-datasets' },
  { query: 'EMR Serverless', expected: 'answers/aws-data-platform-services' },
  { query: 'narrow vs wide', expected: 'answers/narrow-vs-wide-transformations' },
  { query: 'Q12', expected: 'answers/training-and-scoring-datasets' },

  // Written after the ranking was tuned on the queries above, and kept as they were: a check
  // that the tuning did not just fit the queries it was tuned on.
  { query: 'merge upsert', expected: 'concepts/incremental-loads' },
  { query: 'Kimball', expected: 'concepts/dimensional-modelling' },
  { query: 'row group', expected: 'concepts/parquet' },
  { query: 'heartbeat alert', expected: 'concepts/absence-alerting' },
  { query: 'retry_delay', expected: 'concepts/retries-with-backoff' },
  { query: 'IAM policy', expected: 'concepts/rbac-and-iam' },
  { query: 'Unity Catalog', expected: 'concepts/data-catalog' },
  { query: 'data contract', expected: 'concepts/data-contract' },
  { query: 'lifecycle rules', expected: 'concepts/retention-and-lifecycle-policies' },
  { query: 'cache persist', expected: 'concepts/caching' },
  { query: 'map-side join', expected: 'concepts/broadcast-join' },
  { query: 'high-water mark', expected: 'concepts/incremental-loads' },
  { query: 'PII', expected: 'concepts/pii-masking' },
  { query: 'composite index', expected: 'concepts/composite-index' },
  { query: 'SLA', expected: 'concepts/sla-and-freshness' },
  { query: 'CI/CD', expected: 'concepts/ci-cd-for-data' },
  { query: 'Delta', expected: 'concepts/delta-lake' },
  { query: 'encryption', expected: 'concepts/encryption-at-rest-and-in-transit' },
  { query: 'lineage', expected: 'concepts/data-lineage' },
  { query: 'stakeholder dashboard', expected: 'answers/debugging-a-wrong-dashboard' },
  { query: 'client data lake', expected: 'answers/ingesting-client-data-into-an-aws-data-lake' },
  { query: 'AWS services', expected: 'answers/aws-data-platform-services' },
  { query: 'slow query', expected: 'answers/postgresql-slow-query-optimisation' },
  { query: 'reduce cost', expected: 'answers/reducing-pipeline-cost-and-runtime' },
  { query: 'training scoring datasets', expected: 'answers/training-and-scoring-datasets' },
  { query: 'alerting', expected: 'answers/pipeline-monitoring-and-alerting' },
  { query: 'governance', expected: 'answers/governance-security-and-retention' },
];

/** The site's base path (`/` or `/portfolio/`), as the e2e server serves it. */
export const BASE_PATH = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** A page id (`concepts/data-skew`) from a result URL under the base path. */
export function pageIdOf(url: string, basePath = BASE_PATH): string {
  const path = new URL(url, 'http://site').pathname;
  return path.slice(basePath.length).replace(/\/(#.*)?$/, '');
}

/** The part of Pagefind's browser API the specs use. */
export interface PagefindInPage {
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string }[];
}

/**
 * Runs `fn` in the page with Pagefind's JS API, loaded from the built site under the base path
 * with the ranking every search UI of the site uses. `page` must be on a page of the site.
 * (`fn` runs in the browser: it sees only its arguments.)
 */
export async function withPagefind<R, A>(
  page: Page,
  fn: (pagefind: PagefindInPage, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  const pagefind = await page.evaluateHandle(
    async ({ basePath, ranking }) => {
      const api = (await import(`${basePath}pagefind/pagefind.js`)) as PagefindInPage & {
        options(options: object): Promise<void>;
      };
      await api.options({ baseUrl: basePath, ranking });
      return api;
    },
    { basePath: BASE_PATH, ranking: searchRanking },
  );
  try {
    return (await pagefind.evaluate(fn as never, arg)) as R;
  } finally {
    await pagefind.dispose();
  }
}

/** One query's ranked result URLs, as Pagefind returned them. */
export interface QueryResults {
  query: string;
  urls: string[];
}

/** Runs queries as the site's search does and returns the first `limit` result URLs of each. */
export function searchInPage(page: Page, queries: readonly string[], limit = 5): Promise<QueryResults[]> {
  return withPagefind(
    page,
    async (pagefind, { queries, limit }) => {
      const all = [];
      for (const query of queries) {
        const { results } = await pagefind.search(query);
        const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
        all.push({ query, urls: data.map((d) => d.url) });
      }
      return all;
    },
    { queries, limit },
  );
}

/** What Pagefind indexed for one page (its text content), found by URL among every page. */
export function indexedContent(page: Page, pageId: string): Promise<string | undefined> {
  return withPagefind(
    page,
    async (pagefind, url) => {
      const { results } = await pagefind.search(null, { filters: { kind: { any: ['Answer', 'Concept'] } } });
      for (const result of results) {
        const data = await result.data();
        if (data.url === url) return data.content;
      }
      return undefined;
    },
    `${BASE_PATH}${pageId}/`,
  );
}
