import { createHash } from 'node:crypto';

/**
 * Serves every browser test page with the strict Content-Security-Policy of docs/guide/accessibility.html#security, Trusted Types
 * included, so the whole suite proves the library runs under it. A violation is reported as
 * a `securitypolicyviolation` event, which test/helpers.ts turns into a failing test.
 *
 * The test runner injects its own inline scripts (config, log capture). Rather than weaken
 * the policy with a nonce, they are moved to same-origin files, so the exact spec policy holds.
 * CIVIC_CSP=off disables all of this for debugging.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export function cspPlugin() {
  const inline = new Map();
  return {
    name: 'civic-csp',
    serve(context) {
      if (context.path.startsWith('/__inline/')) {
        const body = inline.get(context.path.slice('/__inline/'.length));
        if (body !== undefined) return { body, type: 'js' };
      }
    },
    transform(context) {
      if (process.env.CIVIC_CSP === 'off' || !context.response.is('html')) return;
      context.set('Content-Security-Policy', CSP);
      const body = String(context.body).replace(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g, (all, attrs, code) => {
        if (/\ssrc=/.test(attrs) || !code.trim()) return all;
        const name = createHash('sha1').update(code).digest('hex') + '.js';
        inline.set(name, code);
        return `<script${attrs} src="/__inline/${name}"></script>`;
      });
      return { body };
    },
  };
}
