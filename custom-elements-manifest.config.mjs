/** The manifest is the single source for docs reference pages, Storybook controls and editor data. */
export default {
  globs: ['packages/civic-viz/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: 'packages/civic-viz',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
