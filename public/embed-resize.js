/* global window, document, URL */
/*
 * Sizes the iframes of Kazakhstan torture-prevention indicator embeds to their content.
 * Include once on the embedding page, from the dashboard's own address. It listens only for
 * the dashboard's namespaced message, only from the dashboard's origin, and only changes the
 * height of the iframe that sent it.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'kz-indicators:embed-height') return;
    if (typeof data.height !== 'number' || !(data.height > 0 && data.height <= 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + 'px';
      }
    }
  });
})();
