/**
 * Sets `object[name] = value` as JSON means it: an own, enumerable data member, also when the
 * name is `__proto__` (which a plain assignment would take for the object's prototype).
 * Assignment otherwise: it is several times faster than defining the property.
 */
export function setMember(object: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  else object[name] = value;
}
