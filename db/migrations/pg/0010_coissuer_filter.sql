-- Co-issuers as filter words (issue 18): agency=X finds every notice X issued or co-issued.
-- notice_filter_words() gains the list of issuers and must equal filterLexemes()
-- (db/search/pg-facets.ts); existing search rows get the words of their further issuers.
CREATE FUNCTION notice_filter_words(source_id text, language text, agency text, published_at date, topics jsonb, hs_codes jsonb, regions jsonb, agencies jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT notice_filter_words(source_id, language, agency, published_at, topics, hs_codes, regions)
    || array_to_tsvector(ARRAY(SELECT DISTINCT '#a:' || v FROM jsonb_array_elements_text(agencies) v WHERE v <> ''))
$$;--> statement-breakpoint
UPDATE "notice_search" s SET "tsv" = s."tsv" || array_to_tsvector(ARRAY(SELECT DISTINCT '#a:' || v FROM jsonb_array_elements_text(n."agencies") v WHERE v <> ''))
  FROM "notices" n WHERE n."id" = s."notice_id" AND jsonb_array_length(n."agencies") > 0;
