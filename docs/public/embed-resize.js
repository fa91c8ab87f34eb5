/*
 * civic-viz embed resize script. Add it once to a page that shows civic-viz iframes made by the
 * embed builder: each iframe then takes the height of its widget, with no scrollbar.
 * It accepts a message only from the site this script comes from, only from an iframe on the
 * page marked data-civic-embed whose id matches, and only a number height. It sets nothing but
 * the iframe's height and border (through the style property, which a strict CSP allows).
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d.height !== 'number' || !(d.height > 0 && d.height < 10000) || typeof d.civicEmbed !== 'string') return;
    var frames = document.querySelectorAll('iframe[data-civic-embed]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && f.getAttribute('data-civic-embed') === d.civicEmbed) {
        f.style.height = Math.ceil(d.height) + 'px';
        f.style.border = '0';
      }
    }
  });
})();
