-- Co-issuers as filter words (issue 18): agency=X finds every notice X issued or co-issued.
-- The facet words (db/search/facets.ts) now name every issuer; the index is refilled once
-- on the next open (db/sqlite.ts), as after 0002.
INSERT OR IGNORE INTO `search_state` (`key`, `value`) SELECT 'rebuild_fts', '1' WHERE EXISTS (SELECT 1 FROM `notices`);
