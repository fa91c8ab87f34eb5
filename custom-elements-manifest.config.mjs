/** The manifest is the single source for docs reference pages, Storybook controls and editor data. */
export default {
  globs: ['packages/civic-viz/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: 'packages/civic-viz',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [dropComputedEventNames()],
};

/**
 * The base element's generic `emit(type, detail)` dispatches `new CustomEvent(type, …)`; the
 * analyzer reads that as an event literally named "type". The real events are documented with
 * `@fires`, so events whose name is the variable are dropped.
 */
function dropComputedEventNames() {
  return {
    name: 'civic-drop-computed-event-names',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'type');
        }
      }
    },
  };
}
