import type { ChangeFn } from '../../db/types.ts';
import { diffWords } from '../../db/diff.ts';
import { summarizeChange } from './summary.ts';

/** Word diff and sentence summary of a change, as the store asks for it. */
export const changeFn: ChangeFn = (prev, next) => ({ diff: diffWords(prev, next), summary: summarizeChange(prev, next).text });
