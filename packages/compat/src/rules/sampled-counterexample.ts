import { walkerRule } from './support/helpers.js';

/** Safety net: the structural analysis found no break, yet a sampled instance is valid under one schema and invalid under the other. */
export const sampledCounterexample = walkerRule(
  'sampled-counterexample',
  ['WIRE'],
  'Safety net: no rule reported a break in this direction, yet an instance sampled from the schemas (verified with ajv) is valid under one and invalid under the other. The verdict follows the instance; please report it, since it means a rule is missing or wrong.',
  'breaking',
  'breaking',
);
