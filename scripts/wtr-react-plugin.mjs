import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/**
 * React 19 ships CommonJS only, which the test runner's node-resolve cannot serve to a browser.
 * This plugin bundles React's entry points once (esbuild, production, code-split so every entry
 * shares one React) and serves them as ES modules under /__react/; bare imports of those
 * entries in test code resolve there. Everything else is untouched.
 */
const ENTRIES = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react/';
const fileOf = (spec) => `${spec.replace(/\//g, '__')}.js`;

/** An ES module re-exporting a CommonJS module's named exports (esbuild gives only `default`). */
function wrapper(spec) {
  // Read in a separate process: requiring React here would run it inside the test runner.
  const code = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(spec)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', code], { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' }));
  const names = keys.filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
  return `import m from ${JSON.stringify(spec)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

async function bundle() {
  const result = await build({
    entryPoints: ENTRIES.map((spec) => ({ in: `civic-entry:${spec}`, out: fileOf(spec).slice(0, -3) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: 'out',
    minify: false,
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'civic-entry',
        setup(b) {
          b.onResolve({ filter: /^civic-entry:/ }, (a) => ({ path: a.path.slice('civic-entry:'.length), namespace: 'civic-entry' }));
          b.onLoad({ filter: /.*/, namespace: 'civic-entry' }, (a) => ({ contents: wrapper(a.path), resolveDir: process.cwd(), loader: 'js' }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f.text]));
}

export function reactEsmPlugin() {
  let files;
  return {
    name: 'civic-react-esm',
    resolveImport({ source }) {
      if (ENTRIES.includes(source)) return PREFIX + fileOf(source);
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      files ??= bundle();
      const body = (await files).get(context.path.slice(PREFIX.length));
      if (body !== undefined) return { body, type: 'js' };
    },
  };
}
