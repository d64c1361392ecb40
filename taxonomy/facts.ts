/**
 * The relevance facts stored with a notice version: region roles (from classify),
 * the issuing local government's place, deadlines and eligibility conditions.
 */
import { extractDeadlines, type Deadline } from './deadlines.ts';
import { type Eligibility, extractEligibility } from './eligibility.ts';
import { type Location, localScope } from './places.ts';
import type { RegionRole } from './region-roles.ts';
import type { Tags } from './types.ts';

export interface NoticeFacts {
  regionRoles: Record<string, RegionRole>;
  local: Location | null;
  deadlines: Deadline[];
  eligibility: Eligibility | null;
}

export function noticeFacts(n: { title: string; text: string; agency?: string | null }, tags: Pick<Tags, 'regionRoles'>): NoticeFacts {
  return {
    regionRoles: tags.regionRoles ?? {},
    local: localScope({ agency: n.agency, title: n.title, text: n.text }),
    deadlines: extractDeadlines(n.title, n.text),
    eligibility: extractEligibility(n.title, n.text),
  };
}
