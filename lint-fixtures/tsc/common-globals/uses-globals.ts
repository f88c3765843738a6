// Deliberately wrong: main/common has neither DOM nor Node types, so both globals are unknown to tsc.
export const title: string = document.title;
export const home: string | undefined = process.env.HOME;
