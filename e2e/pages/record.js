// Records which elements fired civic-ready / civic-error, for the end-to-end tests. A file, not
// an inline script: the pages run under a CSP without 'unsafe-inline'.
const civic = (window.__civic = { ready: new Set(), errors: [] });
document.addEventListener('civic-ready', (e) => civic.ready.add(e.target), true);
document.addEventListener('civic-error', (e) => civic.errors.push(`${e.target.localName}: ${e.detail.code} ${e.detail.message}`), true);
