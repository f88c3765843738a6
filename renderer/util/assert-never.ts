/** Ends an exhaustive switch: a new case that is not handled becomes a compile error. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
