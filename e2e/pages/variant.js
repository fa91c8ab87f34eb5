// Applies the page variant named in the query string (?class=root-10&class=zoom) to <html>,
// before anything renders. A file, not an inline script: the page runs under a strict CSP.
document.documentElement.classList.add(...new URLSearchParams(location.search).getAll('class'));
