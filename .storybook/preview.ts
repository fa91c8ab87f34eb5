import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../packages/civic-viz/custom-elements.json';

// Controls and docs tables come from the manifest, the single source of the API.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Locale (lang)',
      toolbar: { title: '语言', items: [{ value: 'zh-CN', title: '简体' }, { value: 'zh-TW', title: '繁體' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme',
      toolbar: { title: '主题', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }, { value: 'care', title: '关怀模式' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  decorators: [
    // Side-by-side variant grids (parameters.civicWide) get the whole canvas.
    (story, { globals, parameters }) => html`<div
      lang=${globals.locale ?? 'zh-CN'}
      data-theme=${globals.theme === 'dark' ? 'dark' : 'light'}
      ?data-care=${globals.theme === 'care'}
      style="padding: 16px; max-width: ${parameters.civicWide ? '1440px' : '720px'}; ${globals.theme === 'dark' ? 'background: #0d1117; color: #e6edf3' : 'background: #f6f8fa; color: #1f2328'}"
    >${story()}</div>`,
  ],
  parameters: { controls: { expanded: true }, layout: 'fullscreen' },
};
export default preview;
