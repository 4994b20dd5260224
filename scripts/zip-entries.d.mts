export function zipEntries(zip: Buffer): string[];
export function sourcesProblems(names: string[]): string[];
