// For the website that embeds the vacancy list: sizes each frame of the list to its content. The
// height comes only from the portal this script was loaded from, and only for its own frames.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }

  var portal = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== portal || !event.data || event.data.type !== 'vrijwilligersportal:hoogte') {
      return;
    }

    var height = Number(event.data.height);
    if (!(height > 0 && height < 20000)) {
      return;
    }

    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
