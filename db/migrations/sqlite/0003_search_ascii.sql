-- The index takes text already tokenised (db/search/tokenize.ts: ftsTokens, with accents
-- folded there), so FTS5's `ascii` tokenizer, which only splits on spaces, replaces
-- `unicode61`, whose per-character Unicode lookups took about a third of every insert.
-- The table is recreated and refilled from the stored texts when the archive is next
-- opened (db/sqlite.ts, on the `search_state` marker), as in 0002.
DROP TABLE `notice_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `notice_fts` USING fts5(title, doc, body, facets, content='', contentless_delete=1, tokenize='porter ascii');--> statement-breakpoint
INSERT INTO `search_state` (`key`, `value`) SELECT 'rebuild_fts', '1' WHERE EXISTS (SELECT 1 FROM `notices`);
