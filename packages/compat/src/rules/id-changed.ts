import { walkerRule } from './support/helpers.js';

/** The root `$id` changed. It does not change the instance set, but it is the schema's identity: ndd carries the major version in it. */
export const idChanged = walkerRule('id-changed', ['ANNOTATION'], "The root `$id` changed. It does not change the instance set, but it is the schema's identity: ndd carries the major version in it.", 'ok', 'ok');
