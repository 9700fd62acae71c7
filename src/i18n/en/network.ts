// Every word about a network of territories (cocon benchmark), in English, typed against the French table.
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';
import type { network as french } from '../fr/network.js';

const { t, plural, typeset } = phrasebook(settings);

export const network: typeof french = typeset({
  title: 'The territory among its peers',
  titleNetwork: 'The territories of the network',
  groupedBy: (p) => t`Groups by "${p.attribute}"`,
  floor: (p) => t`No figure for a group of fewer than ${p.count} territories; no territory is named but the one placed.`,
  hidden: (p) => t`${p.count} ${plural(p.count, { one: 'value has', other: 'values have' })} too few territories to be shown (small groups are pooled as "others" when together they reach the floor).`,
  networkTooSmall: (p) => t`The network has fewer than ${p.count} territories: none of its figures is shown.`,
  networkWithheld: 'The figures of the whole network are not shown: some territories belong to no group shown, and the whole minus the groups shown would give theirs.',
  group: (p) => t`${p.label} — ${p.count} ${plural(p.count, { one: 'territory', other: 'territories' })}`,
  network: 'The whole network',
  pooled: 'Other values (pooled)',
  undeclared: 'Not declared',
  dimension: 'Dimension',
  overall: 'Overall',
  count: 'Territories scored',
  p10: '10th percentile',
  p25: '1st quartile',
  median: 'Median',
  p75: '3rd quartile',
  p90: '90th percentile',
  levels: 'Levels',
  noLevel: 'no level',
  placed: (p) => t`${p.territory} among its peers`,
  placedGroup: (p) => t`Its group: ${p.group}.`,
  placedNoGroup: (p) => t`Its group has fewer than ${p.count} territories: it is compared with the whole network only, when that is shown.`,
  score: 'Score',
  level: 'Level',
  rankInGroup: 'Percentile rank in its group',
  rankInNetwork: 'Percentile rank in the network',
  rankNote: 'Percentile rank: the share of territories scoring lower, ties counted half (50 = in the middle).',
  method: 'Percentiles by linear interpolation between the closest ranks (R\'s and NumPy\'s default), on the 0–100 scores of the diagnostics read; for a territory read several times, its latest diagnostic.',
  none: '—',
  tooFewScores: (p) => t`—: fewer than ${p.count} territories of the group have a score in this dimension; only their number is given.`,
  networkDimensionWithheld: 'For the whole network, — in a dimension where a group gives only its number of scores: the whole minus the other groups would give its scores.',
  chart: (p) => t`Spread of scores: ${p.group}`,
  chartCaption: 'Per dimension, the line runs from the 10th to the 90th percentile, the box from the 1st to the 3rd quartile, the thick mark is the median. The table that follows gives the same figures.',
  chartMine: (p) => t`The diamond: ${p.territory}.`,
  embedded: 'The data of this page (JSON) is included in it, for anyone who wants to read it with another tool.',
});
