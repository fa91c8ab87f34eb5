// Types for quality.mjs so the TypeScript tests can import it.
export declare function countCrossings(rings: [number, number][][]): number;
export declare function crossingPairs(edges: [[number, number], [number, number], ...unknown[]][]): [number, number][];
export declare function sliverVertices(features: [number, number][][][][]): number;
