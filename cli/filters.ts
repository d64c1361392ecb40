import { type Command, Option } from 'commander';
import type { SearchQuery } from '../db/types.ts';
import { UserError } from './errors.ts';
import { list } from './format.ts';

/** The archive filters, shared by `search` and `export`. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--source <id...>', 'only these sources (repeat or comma-separate)')
    .option('--agency <name>', 'issuing agency, exactly as stored (e.g. 商务部)')
    .option('--topic <id...>', 'topic ids, e.g. tariffs export-rebates')
    .option('--hs <prefix...>', 'HS code prefixes, e.g. 85 or 8541')
    .option('--region <id...>', 'region ids: ISO codes or blocs, e.g. DE EU ASEAN')
    .option('--lang <code>', 'notice language: zh or en')
    .option('--from <date>', 'published on or after YYYY-MM-DD')
    .option('--to <date>', 'published on or before YYYY-MM-DD')
    .option('--changed-since <date>', 'new or changed since this date or ISO time')
    .addOption(new Option('--status <status>', 'active, removed or all').choices(['active', 'removed', 'all']).default('all'));
}

export function filtersFrom(o: Record<string, any>): SearchQuery {
  let changedSince: Date | undefined;
  if (o.changedSince) {
    changedSince = new Date(o.changedSince);
    if (Number.isNaN(changedSince.getTime())) throw new UserError(`--changed-since: not a date: "${o.changedSince}" (use YYYY-MM-DD)`);
  }
  return {
    sources: list(o.source),
    agency: o.agency,
    topics: list(o.topic),
    hs: list(o.hs)?.map((h) => h.replace(/\./g, '')),
    regions: list(o.region)?.map((r) => r.toUpperCase()),
    language: o.lang,
    from: o.from,
    to: o.to,
    changedSince,
    status: o.status,
  };
}

export function intOption(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${name}: expected a whole number from ${min} to ${max}, got "${v}"`);
  return n;
}
