-- Relevance facts read from each notice's text (taxonomy/: region roles, the issuing local
-- government's place, deadlines, eligibility conditions) as one JSON object, and the last
-- day applications or comments are open, for the openForApplication filter. Existing
-- notices keep everything and get an empty object; they are read as before (every region a
-- market, the place derived from the agency) until their next version is classified.
ALTER TABLE `notices` ADD `facts` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `notices` ADD `open_until` text;--> statement-breakpoint
CREATE INDEX `notices_open_until_idx` ON `notices` (`open_until`);
