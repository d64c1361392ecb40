-- Rows up to a full page stay as they are: PostgreSQL otherwise tries to compress every
-- row over 2 kB, and for notice texts and search vectors pglz saves little (Chinese text
-- about a fifth) for a fifth of the server's import time. Longer rows are compressed
-- and moved out of line as before.
ALTER TABLE "notice_versions" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "notice_search" SET (toast_tuple_target = 8160);
