-- Changes asked for on the public subscribe form for an existing address wait here until
-- the owner confirms from their mailbox; rate counters are shared by every process; a crawl
-- run records its process and heartbeat, so a run whose process died can be marked interrupted.
CREATE TABLE `subscription_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscriber_id` integer NOT NULL,
	`language` text NOT NULL,
	`interests` text NOT NULL,
	`send_empty` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `subscription_changes_subscriber_idx` ON `subscription_changes` (`subscriber_id`);--> statement-breakpoint
CREATE TABLE `rate_counters` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`hits` integer NOT NULL
);--> statement-breakpoint
ALTER TABLE `crawl_runs` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `crawl_runs` ADD `heartbeat_at` integer;
