// Control case: plain TypeScript compiles under main/common's settings.
export const sum = (a: number, b: number): number => a + b;
