-- Filters become words of the full-text index (db/search/facets.ts): a fourth column,
-- `facets`, with words for source, language, agency, published date and tags. FTS5
-- cannot add a column, and the index is contentless, so it is rebuilt: the table is
-- recreated here and refilled from the stored texts when the archive is next opened
-- (db/sqlite.ts, on the `search_state` marker below), in one transaction.
DROP TABLE `notice_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `notice_fts` USING fts5(title, doc, body, facets, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `search_state` (`key` text PRIMARY KEY NOT NULL, `value` text NOT NULL);--> statement-breakpoint
INSERT INTO `search_state` (`key`, `value`) SELECT 'rebuild_fts', '1' WHERE EXISTS (SELECT 1 FROM `notices`);
