// "Kopieer de code": copies a read-only text field; without JavaScript the text can be selected by hand.
(function () {
  'use strict';
  document.querySelectorAll('[data-copy-from]').forEach(function (button) {
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-copy-from'));
      field.focus();
      field.select();
      var done = function () { button.textContent = button.getAttribute('data-copied-text'); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
      } else {
        document.execCommand('copy');
        done();
      }
    });
  });
})();
