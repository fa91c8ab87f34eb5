// Types for changeset-check.mjs so node tests can import it under strict TypeScript.
export declare function changesetProblems(name: string, text: string, packages?: string[]): string[];
