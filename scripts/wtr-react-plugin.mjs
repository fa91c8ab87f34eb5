import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'esbuild';

/**
 * React for the browser tests, plus the server half of the framework recipes.
 *
 * React ships CommonJS only, which the test runner's node-resolve cannot serve to a browser.
 * This plugin bundles React's entry points once (esbuild, code-split so every entry shares one
 * React) and serves them as ES modules; bare imports of those entries in test code resolve
 * there. React 19 (`react`, `react-dom/client` …) is served under /__react/, React 18 (the
 * `react-18`, `react-dom-18` aliases, bundled with `react` pointing at React 18) under
 * /__react18/. Both are development builds: hydration warnings, which the tests count, exist
 * only there.
 *
 * /__ssr/<recipe> answers with the HTML a recipe's server module prints when run in Node (a
 * real server render, in its own process: no DOM, as on a server); /__ssr/vue-render.js with the
 * Vue recipe's template compiled for the browser, as a build step would.
 */
const REACTS = [
  { prefix: '/__react/', entries: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'], alias: {} },
  {
    prefix: '/__react18/',
    entries: ['react-18', 'react-18/jsx-runtime', 'react-dom-18/client'],
    alias: { react: 'react-18', 'react-dom': 'react-dom-18' },
  },
];
// React 18's modules cannot be loaded in this Node process beside React 19 to list their exports.
const KNOWN_EXPORTS = { 'react-18/jsx-runtime': ['Fragment', 'jsx', 'jsxs'], 'react-dom-18/client': ['createRoot', 'hydrateRoot'] };
const fileOf = (spec) => `${spec.replace(/\//g, '__')}.js`;
const run = promisify(execFile);

/** An ES module re-exporting a CommonJS module's named exports (esbuild gives only `default`). */
function wrapper(spec) {
  let keys = KNOWN_EXPORTS[spec];
  if (!keys) {
    // Read in a separate process: requiring React here would run it inside the test runner.
    const code = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(spec)}))))`;
    keys = JSON.parse(execFileSync(process.execPath, ['-e', code], { env: { ...process.env, NODE_ENV: 'development' }, encoding: 'utf8' }));
  }
  const names = keys.filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
  return `import m from ${JSON.stringify(spec)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

async function bundle({ entries, alias }) {
  const result = await build({
    entryPoints: entries.map((spec) => ({ in: `civic-entry:${spec}`, out: fileOf(spec).slice(0, -3) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: 'out',
    minify: false,
    target: 'es2022',
    logLevel: 'silent',
    alias,
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'civic-entry',
        setup(b) {
          b.onResolve({ filter: /^civic-entry:/ }, (a) => ({ path: a.path.slice('civic-entry:'.length), namespace: 'civic-entry' }));
          b.onLoad({ filter: /.*/, namespace: 'civic-entry' }, (a) => ({
            contents: wrapper(a.path),
            resolveDir: process.cwd(),
            loader: 'js',
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f.text]));
}

/** Recipe name → the Node command printing its server-rendered HTML. */
const SERVERS = {
  'next-string': ['docs/examples/next/server.tsx', 'string'],
  'next-stream': ['docs/examples/next/server.tsx', 'stream'],
  vue: ['docs/examples/vue-ssr/server.ts'],
};

const COMPILE_VUE = `
  const { compile } = await import('@vue/compiler-dom');
  const { TEMPLATE } = await import('./docs/examples/vue-ssr/template.ts');
  const { isCivicTag } = await import('./packages/civic-viz/src/vue.ts');
  process.stdout.write(compile(TEMPLATE, { mode: 'module', prefixIdentifiers: true, hoistStatic: true, isCustomElement: isCivicTag }).code);`;

async function node(args) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 1 << 24,
  });
  return stdout;
}

export function reactEsmPlugin() {
  const files = new Map();
  return {
    name: 'civic-react-esm',
    resolveImport({ source }) {
      for (const r of REACTS) if (r.entries.includes(source)) return r.prefix + fileOf(source);
    },
    async serve(context) {
      if (context.path === '/__ssr/vue-render.js') return { body: await node(['--input-type=module', '-e', COMPILE_VUE]), type: 'js' };
      if (context.path.startsWith('/__ssr/')) {
        const server = SERVERS[context.path.slice('/__ssr/'.length)];
        if (server) return { body: await node(server), type: 'text/plain' };
      }
      for (const r of REACTS) {
        if (!context.path.startsWith(r.prefix)) continue;
        if (!files.has(r.prefix)) files.set(r.prefix, bundle(r));
        const body = (await files.get(r.prefix)).get(context.path.slice(r.prefix.length));
        if (body !== undefined) return { body, type: 'js' };
      }
    },
  };
}
