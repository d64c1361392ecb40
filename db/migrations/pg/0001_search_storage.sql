-- Keep both vectors in the row (compressed) rather than in the TOAST table: a phrase
-- query rechecks every candidate's text vector, and decompressing it from the heap
-- costs a fraction of fetching it from TOAST. The bigger heap also shows the planner
-- what a sequential scan really costs here (it does not count detoasting).
ALTER TABLE "notice_search" ALTER COLUMN "tsv" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "notice_search" ALTER COLUMN "head" SET STORAGE MAIN;
