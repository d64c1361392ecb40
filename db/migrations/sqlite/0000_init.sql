CREATE TABLE `crawl_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`status` text DEFAULT 'running' NOT NULL,
	`pages` integer DEFAULT 0 NOT NULL,
	`bytes` integer DEFAULT 0 NOT NULL,
	`new_count` integer DEFAULT 0 NOT NULL,
	`changed_count` integer DEFAULT 0 NOT NULL,
	`unchanged_count` integer DEFAULT 0 NOT NULL,
	`removed_count` integer DEFAULT 0 NOT NULL,
	`errors` text DEFAULT '{}' NOT NULL,
	`message` text,
	`duration_ms` integer
);
--> statement-breakpoint
CREATE INDEX `crawl_runs_source_idx` ON `crawl_runs` (`source_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `digest_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscriber_id` integer NOT NULL,
	`period` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`message_id` text,
	`claimed_at` integer,
	`sent_at` integer,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_subscriber_period_uq` ON `digest_deliveries` (`subscriber_id`,`period`);--> statement-breakpoint
CREATE TABLE `http_cache` (
	`url` text PRIMARY KEY NOT NULL,
	`etag` text,
	`last_modified` text,
	`body_hash` text,
	`status` integer NOT NULL,
	`fetched_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notice_tags` (
	`notice_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`notice_id`, `kind`, `value`),
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notice_tags_kind_value_idx` ON `notice_tags` (`kind`,`value`,`notice_id`);--> statement-breakpoint
CREATE TABLE `notice_versions` (
	`notice_id` integer NOT NULL,
	`version` integer NOT NULL,
	`fetched_at` integer NOT NULL,
	`content_hash` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`diff` text,
	`change_summary` text,
	PRIMARY KEY(`notice_id`, `version`),
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`doc_number` text,
	`agency` text,
	`language` text NOT NULL,
	`published_at` text,
	`effective_at` text,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`last_changed_at` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`topics` text DEFAULT '[]' NOT NULL,
	`hs_codes` text DEFAULT '[]' NOT NULL,
	`regions` text DEFAULT '[]' NOT NULL,
	`version_count` integer DEFAULT 1 NOT NULL,
	`content_hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_url_uq` ON `notices` (`url`);--> statement-breakpoint
CREATE INDEX `notices_source_idx` ON `notices` (`source_id`);--> statement-breakpoint
CREATE INDEX `notices_doc_number_idx` ON `notices` (`doc_number`);--> statement-breakpoint
CREATE INDEX `notices_published_idx` ON `notices` (`published_at`);--> statement-breakpoint
CREATE INDEX `notices_changed_idx` ON `notices` (`last_changed_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`agency` text,
	`country` text,
	`language` text,
	`base_url` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`last_run_at` integer,
	`last_success_at` integer,
	`items_seen` integer DEFAULT 0 NOT NULL,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`status` text DEFAULT 'never' NOT NULL,
	`alarms` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `subscribers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`interests` text NOT NULL,
	`send_empty` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	`unsubscribed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_email_uq` ON `subscribers` (`email`);