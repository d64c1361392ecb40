import type { App } from '../app.ts';
import { query } from './query-schemas.ts';
import { jsonResponse } from './schemas.ts';
import { sourceJson } from './serialize.ts';

/** Runs per source in the health history. */
export const HISTORY_RUNS = 30;

export function registerSources(app: App): void {
  const route = { path: '/api/sources', summary: 'Sources and their crawl health', request: { query: query({}) }, responses: { 200: jsonResponse('Sources') } };
  app.api(route, async (ctx) => {
    const sources = await ctx.store.listSources();
    const histories = await Promise.all(sources.map((s) => ctx.store.listRuns({ sourceId: s.id, limit: HISTORY_RUNS })));
    ctx.json({ sources: sources.map((s, i) => sourceJson(s, histories[i])) }, { cache: 'public, max-age=30' });
  });
}
