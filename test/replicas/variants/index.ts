/**
 * Every extraction variant (see kit.ts). A new source adds its variants here;
 * the field test (test/sources/variants.test.ts) and `npm run eval:extraction`
 * pick them up, and the test requires one per built-in source.
 */
import { cnVariants } from './cn.ts';
import { cnApiVariants } from './cn-api.ts';
import { cnProvinceVariants } from './cn-provinces.ts';
import { cnTrsVariants } from './cn-trs.ts';
import { intlVariants } from './intl.ts';
import { intlSecondVariants } from './intl-second.ts';
import type { ExtractionVariant } from './kit.ts';

export const extractionVariants: ExtractionVariant[] = [
  ...cnVariants,
  ...cnTrsVariants,
  ...cnProvinceVariants,
  ...cnApiVariants,
  ...intlVariants,
  ...intlSecondVariants,
];
