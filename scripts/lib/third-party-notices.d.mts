// Types for third-party-notices.mjs so vite.config.ts can import it under strict TypeScript.
import type { Plugin } from 'vite';
export declare const NOTICES: string;
export declare function noticeBanner(chunk: {
  fileName: string;
  modules?: Record<string, { renderedLength?: number }>;
  moduleIds?: readonly string[];
}): string;
export declare function thirdPartyNotices(): Plugin;
