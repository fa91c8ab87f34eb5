/**
 * The server half (what Next.js does for you): React 19's `renderToString` or
 * `renderToPipeableStream` in Node. Importing civic-viz/react here is safe — it touches no DOM
 * and registers nothing; the HTML carries the `data-*` attributes, and the array props wait for
 * the browser.
 *
 *   node --import tsx docs/examples/next/server.tsx [string|stream]   → prints the HTML
 */
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { Dashboard } from './app.js';

/** The page's HTML from `renderToString`. */
export function renderWithString(): string {
  return renderToString(<Dashboard />);
}

/** The page's HTML from `renderToPipeableStream` (streamed, collected once all is ready). */
export function renderWithStream(): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        html += String(chunk);
        done();
      },
      final(done) {
        resolve(html);
        done();
      },
    });
    const { pipe } = renderToPipeableStream(<Dashboard />, { onAllReady: () => pipe(sink), onShellError: reject, onError: reject });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(process.argv[2] === 'stream' ? await renderWithStream() : renderWithString());
}
