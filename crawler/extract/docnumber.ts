/**
 * Document numbers: the crawler reads them with the one parser in
 * taxonomy/docnumber.ts (shared with the classifier), re-exported here so
 * extraction code keeps importing from its own folder.
 */
export { extractDocNumber, normalizeDocNumber, parseDocNumber, parseGivenDocNumber } from '../../taxonomy/docnumber.ts';
