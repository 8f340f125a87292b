-- The data every PostgreSQL block runs against, loaded once after the platform's tables are
-- created (postgres.tables in src/content/platform.yaml). Deterministic: setseed() fixes random().
--
-- Sized for the plans question 9 shows: 10,000 customers of whom about 5 % are in EMEA, 200,000
-- orders from January 2025 to December 2026 (about 8,900 a month), 1 to 4 lines per order. With these, the
-- planner scans orders sequentially before the report's indexes exist, and after them walks the
-- EMEA customers into (customer_id, ordered_at) with nested loops.
SELECT setseed(0.42);

INSERT INTO customers (customer_id, customer_name, region, segment)
SELECT g,
       'Customer ' || g,
       CASE WHEN r < 0.05 THEN 'EMEA' WHEN r < 0.75 THEN 'AMER' ELSE 'APAC' END,
       (ARRAY['enterprise', 'mid-market', 'smb'])[1 + floor(random() * 3)::int]
FROM (SELECT g, random() AS r FROM generate_series(1, 10000) AS g) AS s;

-- Orders and their lines are drawn into temporary tables first, because an order's amount is its
-- total, the sum of its lines' quantity * unit_price (postgres.tables.orders.amount in platform.yaml).
CREATE TEMPORARY TABLE drawn_orders AS
SELECT g AS order_id,
       1 + floor(random() * 10000)::bigint AS customer_id,
       timestamptz '2025-01-01 00:00+00' + random() * interval '700 days' AS ordered_at,
       (ARRAY['paid', 'paid', 'paid', 'shipped', 'refunded'])[1 + floor(random() * 5)::int] AS status,
       -- Drawn but not used (it was the amount before amount became the lines' total): it keeps
       -- random()'s sequence, so every other value, and the counts the pages quote, stay the same.
       random() AS unused
FROM generate_series(1, 200000) AS g;

CREATE TEMPORARY TABLE drawn_items AS
SELECT o.order_id, l AS line_no,
       1 + floor(random() * 5000)::bigint AS product_id,
       1 + floor(random() * 5)::int AS quantity,
       round((1 + random() * 99)::numeric, 2) AS unit_price
FROM drawn_orders AS o, generate_series(1, 1 + (o.order_id % 4)::int) AS l;

INSERT INTO orders (order_id, customer_id, ordered_at, status, amount)
SELECT o.order_id, o.customer_id, o.ordered_at, o.status, t.amount
FROM drawn_orders AS o
JOIN (SELECT order_id, sum(quantity * unit_price) AS amount FROM drawn_items GROUP BY order_id) AS t
  ON t.order_id = o.order_id
ORDER BY o.order_id;

INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price)
SELECT order_id, line_no, product_id, quantity, unit_price
FROM drawn_items
ORDER BY order_id, line_no;

DROP TABLE drawn_orders, drawn_items;

INSERT INTO ops.freshness_slo (domain, max_staleness)
VALUES ('sales', interval '26 hours'), ('marketing', interval '3 days');

-- Thirty days of daily runs for two clients; the last marketing run failed.
INSERT INTO ops.pipeline_runs
  (run_id, pipeline, client_id, domain, status, started_at, finished_at, rows_written, rows_rejected)
SELECT p.pipeline || '_' || c.client_id || '/' || to_char(d, 'YYYY-MM-DD'),
       p.pipeline, c.client_id, p.domain,
       CASE WHEN p.domain = 'marketing' AND d = date '2026-12-05' THEN 'failed' ELSE 'success' END,
       d + interval '2 hours', d + interval '2 hours 12 minutes',
       1000 + floor(random() * 1000)::bigint, floor(random() * 10)::bigint
FROM generate_series(date '2026-11-06', date '2026-12-05', interval '1 day') AS d,
     (VALUES ('daily_orders', 'sales'), ('daily_events', 'marketing')) AS p (pipeline, domain),
     (VALUES ('acme'), ('globex')) AS c (client_id);

-- ANALYZE samples 300 rows per unit of statistics target; at 10000 it reads every row of these
-- tables, so the statistics, and the plans built on them, are the same on every run.
ALTER TABLE customers ALTER COLUMN customer_id SET STATISTICS 10000, ALTER COLUMN region SET STATISTICS 10000;
ALTER TABLE orders ALTER COLUMN order_id SET STATISTICS 10000, ALTER COLUMN customer_id SET STATISTICS 10000,
  ALTER COLUMN ordered_at SET STATISTICS 10000;
ALTER TABLE order_items ALTER COLUMN order_id SET STATISTICS 10000;
