/**
 * Freezes a JSON value and everything in it (the model is immutable). A frozen node is taken as
 * frozen all the way down, as every value this package freezes is frozen only by this function
 * or by the parser's own deep freeze: a document shared by several records or loads is walked once.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
