export interface Layer {
  name: string;
  holds: string[];
  only?: string[];
  never?: string[];
}
export const ROOTS: string[];
export const LAYERS: Layer[];
export function layerOf(file: string): Layer | undefined;
export function importsOf(text: string): string[];
export function cyclesOf(graph: Map<string, string[]>): string[][];
export function checkLayers(root: string): string[];
