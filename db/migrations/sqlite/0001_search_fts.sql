-- Full-text index over pre-tokenised text (db/search/tokenize.ts): Latin words and
-- overlapping Chinese bigrams, so two-character words and phrases match anywhere.
-- Contentless: the text lives in notice_versions; rowid = notices.id.
CREATE VIRTUAL TABLE `notice_fts` USING fts5(title, doc, body, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
