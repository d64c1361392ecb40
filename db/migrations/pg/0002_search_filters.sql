-- Filters in the search row (db/search/pg-facets.ts): filter lexemes in `tsv`, and the
-- notice's published date and source as columns, so that filtered and ranked searches
-- need not join `notices`. notice_filter_words() must equal filterLexemes() there.
CREATE FUNCTION notice_filter_words(source_id text, language text, agency text, published_at date, topics jsonb, hs_codes jsonb, regions jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT '#s:' || source_id
    UNION SELECT '#l:' || language
    UNION SELECT '#a:' || agency WHERE agency <> ''
    UNION SELECT '#x' || w FROM (SELECT to_char(published_at, 'YYYYMMDD') AS d) p,
      LATERAL unnest(ARRAY['c' || left(d, 2), 'j' || left(d, 3), 'y' || left(d, 4), 'm' || left(d, 6), 'd' || d]) w WHERE d IS NOT NULL
    UNION SELECT '#t:' || v FROM jsonb_array_elements_text(topics) v
    UNION SELECT '#r:' || v FROM jsonb_array_elements_text(regions) v
    UNION SELECT '#e:' || h FROM jsonb_array_elements_text(hs_codes) h WHERE h ~ '^[0-9]{2,10}$'
    UNION SELECT '#h:' || left(h, len) FROM jsonb_array_elements_text(hs_codes) h, generate_series(2, length(h)) len WHERE h ~ '^[0-9]{2,10}$'))
$$;--> statement-breakpoint
ALTER TABLE "notice_search" ADD COLUMN "published_at" date;--> statement-breakpoint
ALTER TABLE "notice_search" ADD COLUMN "source_id" text;--> statement-breakpoint
UPDATE "notice_search" s SET "published_at" = n."published_at", "source_id" = n."source_id",
  "tsv" = s."tsv" || notice_filter_words(n."source_id", n."language", n."agency", n."published_at", n."topics", n."hs_codes", n."regions")
  FROM "notices" n WHERE n."id" = s."notice_id";--> statement-breakpoint
ALTER TABLE "notice_search" ALTER COLUMN "source_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "notices_published_id_idx" ON "notices" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS FIRST);
