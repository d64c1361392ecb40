-- Push channels beside mail (newsletter/channels/): a subscriber's chat-bot or webhook
-- targets, and their delivery log with the same at-most-once claim as digest_deliveries,
-- keyed by (target, key): key is a digest period (2026-W48) or `notice:<id>` for instant pushes.
CREATE TABLE `channel_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscriber_id` integer NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`secret` text,
	`label` text,
	`schedule` text DEFAULT 'weekly' NOT NULL,
	`instant_topics` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`pause_reason` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`last_success_at` integer,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `channel_targets_subscriber_idx` ON `channel_targets` (`subscriber_id`);--> statement-breakpoint
CREATE TABLE `channel_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`key` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`parts_sent` integer DEFAULT 0 NOT NULL,
	`parts` integer,
	`last_error` text,
	`claimed_at` integer,
	`sent_at` integer,
	FOREIGN KEY (`target_id`) REFERENCES `channel_targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_deliveries_target_key_uq` ON `channel_deliveries` (`target_id`,`key`);
