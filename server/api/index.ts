import type { App } from '../app.ts';
import { registerCalendar } from './calendar.ts';
import { registerExports } from './export.ts';
import { registerFeeds } from './feeds.ts';
import { registerNotices } from './notices.ts';
import { registerOpenApi } from './openapi.ts';
import { registerSources } from './sources.ts';

export function registerApi(app: App): void {
  // exports first: /api/notices.csv must not be taken for a notice id
  registerExports(app);
  registerNotices(app);
  registerSources(app);
  registerFeeds(app);
  registerCalendar(app);
  registerOpenApi(app);
}
