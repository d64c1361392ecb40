-- Rows up to a full page stay as they are: PostgreSQL otherwise tries to compress every
-- row over 2 kB, and for notice texts and search vectors pglz saves little (Chinese text
-- about a fifth) for a fifth of the server's import time. Longer rows are compressed
-- and moved out of line as before.
ALTER TABLE "notice_versions" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "notice_search" SET (toast_tuple_target = 8160);
--> statement-breakpoint
-- No statistics for columns that no query filters, joins or sorts on (texts, hashes, the
-- tag arrays, whose filters use notice_tags and the search vector): they made ANALYZE,
-- run after every large import and by autovacuum, several times slower.
ALTER TABLE "notices" ALTER COLUMN "title" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notices" ALTER COLUMN "content_hash" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notices" ALTER COLUMN "topics" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notices" ALTER COLUMN "hs_codes" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notices" ALTER COLUMN "regions" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_search" ALTER COLUMN "head" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_versions" ALTER COLUMN "title" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_versions" ALTER COLUMN "text" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_versions" ALTER COLUMN "html" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_versions" ALTER COLUMN "attachments" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_versions" ALTER COLUMN "diff" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_versions" ALTER COLUMN "change_summary" SET STATISTICS 0;--> statement-breakpoint
ALTER TABLE "notice_versions" ALTER COLUMN "content_hash" SET STATISTICS 0;
