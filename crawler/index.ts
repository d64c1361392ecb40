/** The crawler's public API (used by the CLI, the demo, the scheduler and workers). */
export { diffWords } from '../db/diff.ts';
export { summarizeChange } from './detect/summary.ts';
export { Fetcher } from './fetch/http.ts';
export { type CrawlOptions, DEFAULT_OPTIONS, DEFAULT_USER_AGENT, FetchError } from './fetch/types.ts';
export { type ProbeResult, probeSource } from './probe.ts';
export { loadSources, type ResolvedSource, selectSources, type SourceOverride } from './registry.ts';
export { type CrawlEvent, type CrawlRunOptions, type CrawlSummary, changeFn, crawlSource, crawlSources, type SourceRunResult } from './run.ts';
export { checkSource, parseSource, parseSources, type SourceDef, SourceValidationError, sourceDefSchema } from './source.ts';
