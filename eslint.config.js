// Lint for src, tests, stories and scripts: typescript-eslint's recommended rules (syntax only,
// no type information, so a run takes seconds) plus the lines the architecture holds.
import { createRequire } from 'node:module';
import Module from 'node:module';
import js from '@eslint/js';

// TypeScript 7 (the native compiler this repository builds with) has no JavaScript API, and
// typescript-eslint parses with the classic one: give it TypeScript 6 under its own name.
const require = createRequire(import.meta.url);
const classic = require.resolve('typescript-classic');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (
    request === 'typescript' &&
    /[\\/]node_modules[\\/](@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/.test(parent?.filename ?? '')
  )
    return classic;
  return resolve.call(this, request, parent, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

const ELEMENTS = ['indicator-card', 'progress-ring', 'trend-chart', 'district-map'];
// Type-only imports load nothing: option builders may name the registries' option types.
const ECHARTS = {
  group: ['echarts', 'echarts/*', 'zrender', 'zrender/*', '**/echarts/*.js'],
  allowTypeImports: true,
  message: 'Only src/echarts/ imports ECharts: load a registry from there lazily with import().',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'docs/public/**', 'bench/**', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        queueMicrotask: 'readonly',
        Buffer: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      // TypeScript checks names; core no-undef does not know DOM or Node types.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests read ECharts' option objects, typed loosely on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // `if (a) if (b)`: the second condition belongs in the first.
      'no-lonely-if': 'error',
      // Sanitizers and terminal output strip control characters on purpose.
      'no-control-regex': 'off',
      // `declare module 'react' { namespace JSX … }` is how React's JSX types are extended.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // Chai assertions are property reads: `expect(x).to.be.true`.
    files: ['packages/*/test/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['packages/civic-viz/src/**/*.ts'],
    ignores: ['packages/civic-viz/src/echarts/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ECHARTS] }] },
  },
  ...ELEMENTS.map((el) => ({
    files: [`packages/civic-viz/src/${el}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ECHARTS,
            {
              group: ELEMENTS.filter((other) => other !== el).map((other) => `../${other}/*`),
              allowTypeImports: false,
              message: 'Element folders do not import each other: move what both need to core/ or charts/.',
            },
          ],
        },
      ],
    },
  })),
);
