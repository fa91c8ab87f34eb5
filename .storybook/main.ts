import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    // The root vite.config.ts is the library build; Storybook gets its own small config.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Docs: one autodocs page per element, its tables from the manifest (preview.ts).
  addons: ['@storybook/addon-docs'],
};
export default config;
