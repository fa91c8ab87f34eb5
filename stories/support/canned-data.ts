/**
 * Story support: data as offices publish it, answered in the page. Storybook is built to static
 * files, so the stories about `data-src` — a portal's JSON API, a GBK-encoded CSV, a server
 * answering 500, a refresh that starts failing — get their answers from a stand-in `fetch` for
 * URLs under `civic-story-data/` while the story is shown (its `beforeEach`). The element takes
 * its real path: request, bytes, decoding, parsing, field mapping. Every other request reaches
 * the real network.
 */

/** The portal's list API: `{"code": 0, "data": {"rows": […]}}`; figures from the 2021 report. */
export const PORTAL_SRC = 'civic-story-data/portal-minimum-living.json';
/** The same, wide: one record per year with two value fields (示意数据). */
export const WIDE_SRC = 'civic-story-data/portal-wide.json';
/** A statistics bureau's indicator API, latest period last. */
export const BUREAU_SRC = 'civic-story-data/bureau-job-retention.json';
/** A district list for the map (示意数据). */
export const DISTRICTS_SRC = 'civic-story-data/portal-districts.json';
/** The CSV Excel on Chinese Windows saves: GBK bytes, a title row above the header. */
export const GBK_SRC = 'civic-story-data/minimum-living-gbk.csv';
/** A server that answers 500. */
export const FAILING_SRC = 'civic-story-data/failing.json';
/** Good data once, then 500 on every refresh. */
export const FAILS_ON_REFRESH_SRC = 'civic-story-data/fails-on-refresh.json';

// 表1 城乡低保标准提高幅度 / 类别,提高幅度（%）/ 城市低保（平均）,5.62 / 农村低保,8.09 — in GBK.
const GBK_CSV = 'se0xILPHz+e1zbGjserXvMzhuN+3+bbILA0KwOCx8CzM4bjft/m2yKOoJaOpDQqzx8rQtc2xo6Ooxr2++aOpLDUuNjINCsWptOW1zbGjLDguMDkNCg==';
const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

const json = (v: unknown) => new Response(JSON.stringify(v), { headers: { 'Content-Type': 'application/json' } });

const ANSWERS: Record<string, () => Response> = {
  'portal-minimum-living.json': () =>
    json({
      code: 0,
      msg: 'success',
      data: {
        total: 2,
        rows: [
          { item: '城市低保（平均）', rise: '5.62%' },
          { item: '农村低保', rise: '8.09%' },
        ],
      },
    }),
  'portal-wide.json': () =>
    json({
      code: 0,
      data: {
        rows: [
          { year: '2019', urban: '1.1万', rural: 8600 },
          { year: '2020', urban: '1.2万', rural: '9,100' },
          { year: '2021', urban: '1.25万', rural: '—' },
        ],
      },
    }),
  'bureau-job-retention.json': () =>
    json({ success: true, result: { indicator: '稳岗返还资金', list: [{ period: '2021', amount: '2.19亿', enterprises: '1.1万' }] } }),
  'portal-districts.json': () =>
    json({
      code: 0,
      data: {
        rows: [
          { district: '铁东区', sites: '61' },
          { district: '海城市', sites: '88' },
          { district: '岫岩满族自治县', sites: '56' },
          { district: '台安县', sites: '—' },
        ],
      },
    }),
  'minimum-living-gbk.csv': () => new Response(bytes(GBK_CSV), { headers: { 'Content-Type': 'text/csv' } }),
  'failing.json': () => new Response('{"error": "internal"}', { status: 500, headers: { 'Content-Type': 'application/json' } }),
};
let refreshes = 0;
ANSWERS['fails-on-refresh.json'] = () => (refreshes++ ? ANSWERS['failing.json']() : ANSWERS['portal-minimum-living.json']());

const canned = (input: RequestInfo | URL): string | undefined => {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const m = /\/civic-story-data\/([\w.-]+)$/.exec(new URL(href, location.href).pathname);
  return m ? m[1] : undefined;
};

/** Installs the canned `fetch`; returns the cleanup Storybook calls when the story is left. */
export function serveCannedData(): () => void {
  const real = window.fetch;
  refreshes = 0;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const name = canned(input);
    if (!name) return real.call(window, input, init);
    const answer = ANSWERS[name];
    return Promise.resolve(answer ? answer() : new Response('', { status: 404 }));
  };
  return () => {
    window.fetch = real;
  };
}
