-- The pages a crawl saw when structure detection stood in for a source's rotted selectors
-- (issue 15): `sources doctor` proposes new selectors from them. One list and one detail
-- page per source, replaced by each degraded run.
CREATE TABLE `source_pages` (
	`source_id` text NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`html` text NOT NULL,
	`run_id` integer,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`source_id`, `kind`)
);
