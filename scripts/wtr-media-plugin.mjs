/**
 * `emulate-media-features` for browser tests: the stock `emulateMedia` command of
 * @web/test-runner-commands only knows colour scheme and reduced motion; the accessibility suite
 * also needs `forced-colors` (Windows High Contrast) and `prefers-contrast`. Puppeteer's page
 * supports them all; the payload is `{ features: [{ name, value }] }`, an empty list resets.
 */
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`emulate-media-features needs the Chrome launcher, not ${session.browser.type}`);
      const features = Array.isArray(payload?.features) ? payload.features : [];
      await session.browser.getPage(session.id).emulateMediaFeatures(features);
      return true;
    },
  };
}
