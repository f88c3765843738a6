/** Ends an exhaustive switch: a new union member that is not handled becomes a compile error. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
