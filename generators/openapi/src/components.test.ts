import { describe, expect, it } from 'vitest';
import { componentKeys, type ComponentInputs } from './components.js';
import { planComponents, type ComponentPlan } from './plan/plan.js';
import { Reporter } from './report.js';
import { fixtureFiles, idOf, loadFixture } from './testing/fixture.js';

const { dictionary } = loadFixture(
  fixtureFiles([
    { path: 'core/name/v1', body: { type: 'string', maxLength: 100 } },
    { path: 'core/person/v1', body: { type: 'object', properties: { name: { $ref: idOf('core/name/v1') } } } },
    { path: 'land/parcel/v1', body: { type: 'object', properties: { owner: { $ref: idOf('core/person/v1') } } } },
  ]),
);
const land = dictionary.domains.get('land')!;
const inputs = (plan: ComponentPlan): ComponentInputs => ({ plan, packageOf: (name) => dictionary.domains.get(name)!.package });
const plan = planComponents(dictionary, land, () => new Reporter([], false));
const keyOf = (keys: readonly string[], id: string): string => keys[plan.components.findIndex((c) => c.record.id === id && c.pointer === '')]!;

/**
 * Keys are memoised across the documents of a build (a component bundled by many documents is
 * hashed once): the memo must still tell apart everything the key hashes.
 */
describe('componentKeys', () => {
  it('gives equal keys for equal inputs, also when asked again', () => {
    const first = componentKeys('salt', plan.components, inputs(plan));
    const again = componentKeys('salt', plan.components, inputs(plan));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('changes the key of a component whose reference lands elsewhere in another plan, and only that', () => {
    const base = componentKeys('salt', plan.components, inputs(plan));
    // Another document's plan, where the person's reference to the name lands on another component.
    const elsewhere: ComponentPlan = {
      components: plan.components,
      targetOf: (targetId, pointer) => (targetId === idOf('core/name/v1') ? { ref: '#/components/schemas/core.Name_2', rest: '' } : plan.targetOf(targetId, pointer)),
    };
    const moved = componentKeys('salt', plan.components, inputs(elsewhere));
    expect(keyOf(moved, idOf('core/person/v1'))).not.toBe(keyOf(base, idOf('core/person/v1')));
    expect(keyOf(moved, idOf('core/name/v1'))).toBe(keyOf(base, idOf('core/name/v1')));
    expect(keyOf(moved, idOf('land/parcel/v1'))).toBe(keyOf(base, idOf('land/parcel/v1')));
  });

  it('tells a document\'s own component from the same schema bundled by another document', () => {
    const core = planComponents(dictionary, dictionary.domains.get('core')!, () => new Reporter([], false));
    const own = componentKeys('salt', core.components, inputs(core));
    const bundled = componentKeys('salt', plan.components, inputs(plan));
    const name = idOf('core/name/v1');
    expect(own[core.components.findIndex((c) => c.record.id === name)]).not.toBe(keyOf(bundled, name));
  });

  it('changes every key with the salt, and with the package a bundled component carries', () => {
    const base = componentKeys('salt', plan.components, inputs(plan));
    const salted = componentKeys('other salt', plan.components, inputs(plan));
    for (const [i, key] of base.entries()) expect(salted[i]).not.toBe(key);
    const renamed = componentKeys('salt', plan.components, { plan, packageOf: (name) => `@renamed/${name}` });
    for (const [i, key] of base.entries()) expect(renamed[i]).not.toBe(key);
  });
});
