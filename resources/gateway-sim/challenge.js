// Served from the challenge origin, like an issuer's own script: tells the
// checkout page (the parent frame, and only that origin) that the check is
// over. The checkout page then asks its server how it ended.
(function () {
  var origin = document.currentScript.getAttribute('data-checkout-origin');
  if (origin && window.parent !== window)
    window.parent.postMessage('quire-sim-3ds-done', origin);
})();
