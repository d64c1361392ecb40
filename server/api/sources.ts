import type { App } from '../app.ts';
import { checkKnown } from '../params.ts';
import { sourceJson } from './serialize.ts';

export function registerSources(app: App): void {
  app.route('GET', '/api/sources', async (ctx) => {
    checkKnown(ctx.query, []);
    const sources = await ctx.store.listSources();
    ctx.json({ sources: sources.map(sourceJson) }, { cache: 'public, max-age=30' });
  });
}
