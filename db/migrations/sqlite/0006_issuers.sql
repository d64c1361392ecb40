-- Extraction fidelity (issue 18): every issuer of a co-issued notice, the page signal that
-- gave its agency and its published date, and a summary kept beside the full text.
-- Existing notices keep their agency; their list starts as that one agency and their
-- signals as unknown (NULL: recorded before signals were).
ALTER TABLE `notices` ADD `agencies` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `notices` ADD `agency_signal` text;--> statement-breakpoint
ALTER TABLE `notices` ADD `date_signal` text;--> statement-breakpoint
ALTER TABLE `notices` ADD `summary` text;--> statement-breakpoint
UPDATE `notices` SET `agencies` = json_array(`agency`) WHERE `agency` IS NOT NULL;
