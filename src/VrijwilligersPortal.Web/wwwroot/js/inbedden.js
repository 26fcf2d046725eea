// Inside the embedded vacancy list: tells the page around the frame how tall the list is, so it
// can size the frame (docs/embedding.md). Only to a site the centre listed, and only the height.
(function () {
  'use strict';
  if (window.parent === window) {
    return;
  }

  var allowed = (document.documentElement.getAttribute('data-embed-origins') || '').split(' ').filter(Boolean);
  var host = null;
  if (location.ancestorOrigins && location.ancestorOrigins.length > 0) {
    host = location.ancestorOrigins[0];
  } else if (document.referrer) {
    try {
      var from = new URL(document.referrer).origin;
      if (from !== location.origin) {
        host = from;
      }
    } catch (e) {
      host = null;
    }
  }

  // Paging inside the frame makes the portal itself the referrer; remember the host from the first page.
  try {
    if (host) {
      sessionStorage.setItem('vp-inbedden-host', host);
    } else {
      host = sessionStorage.getItem('vp-inbedden-host');
    }
  } catch (e) {
    // Storage may be blocked in a third-party frame; resizing then works on the first page only.
  }

  if (!host || allowed.indexOf(host) < 0) {
    return;
  }

  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'vrijwilligersportal:hoogte', height: height }, host);
    }
  }

  window.addEventListener('load', send);
  if (window.ResizeObserver) {
    new ResizeObserver(send).observe(document.body);
  }
  send();
})();
