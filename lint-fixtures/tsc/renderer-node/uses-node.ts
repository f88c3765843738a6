// Deliberately wrong: the renderer has DOM types but no Node types.
export const cwd: string = process.cwd();
export const page: string = document.title;
