import { walkerRule } from './support/helpers.js';

/** The documents differ but normalise to the same schema (a definition moved to `$defs`, an enum reordered, `type` array versus `anyOf`, draft-07 forms versus 2020-12 forms): the instance set is unchanged. */
export const equivalentRewrite = walkerRule('equivalent-rewrite', ['ANNOTATION'], 'The documents differ but normalise to the same schema (a definition moved to `$defs`, an enum reordered, `type` array versus `anyOf`, draft-07 forms versus 2020-12 forms): the instance set is unchanged.', 'ok', 'ok');
