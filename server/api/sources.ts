import type { App } from '../app.ts';
import { checkKnown } from '../params.ts';
import { sourceJson } from './serialize.ts';

/** Runs per source in the health history. */
export const HISTORY_RUNS = 30;

export function registerSources(app: App): void {
  app.route('GET', '/api/sources', async (ctx) => {
    checkKnown(ctx.query, []);
    const sources = await ctx.store.listSources();
    const histories = await Promise.all(sources.map((s) => ctx.store.listRuns({ sourceId: s.id, limit: HISTORY_RUNS })));
    ctx.json({ sources: sources.map((s, i) => sourceJson(s, histories[i])) }, { cache: 'public, max-age=30' });
  });
}
