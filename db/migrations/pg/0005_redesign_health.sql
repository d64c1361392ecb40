-- Redesign survival (issue #15): a notice last seen through structure detection is
-- flagged degraded; each crawl run records its outcome for the health history
-- (ok | degraded | blocked | down | moved) and why. Runs recorded before get the
-- outcome their status implies; nothing is dropped.
ALTER TABLE "notices" ADD COLUMN "degraded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "crawl_runs" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "crawl_runs" ADD COLUMN "reason" text;--> statement-breakpoint
UPDATE "crawl_runs" SET "outcome" = CASE "status" WHEN 'blocked' THEN 'blocked' WHEN 'failed' THEN 'down' WHEN 'ok' THEN 'ok' WHEN 'partial' THEN 'ok' ELSE NULL END, "reason" = "message";
