import type { Server } from 'node:http';
import type { Store } from '../../db/types.ts';
import type { Labels } from '../../server/labels.ts';
import { createServer, listen, type ServerLimits, type ServerOptions } from '../../server/index.ts';

/** Deterministic labels, so tests do not depend on the taxonomy's wording. */
export const testLabels: Labels = {
  topic: (id, lang) => ({ 'export-rebates': lang === 'zh' ? '出口退税' : 'Export tax rebates' })[id] ?? id,
  region: (id, lang) => ({ EU: lang === 'zh' ? '欧盟' : 'European Union' })[id] ?? id,
  hs: (code) => code,
  expandRegion: (id) => (id === 'DE' ? ['DE', 'EU'] : id === 'EU' ? ['EU', 'DE', 'FR'] : [id]),
};

export interface Running {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(store: Store, options: ServerOptions & { limits?: Partial<ServerLimits> } = {}): Promise<Running> {
  const { server } = await createServer(store, { labels: testLabels, onError: () => {}, ...options });
  const { url } = await listen(server, 0, '127.0.0.1');
  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
