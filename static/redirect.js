// Alias pages (/50070, /AADSTS50070) redirect with a meta refresh, which works without
// JavaScript; this keeps the query and the #step anchor as well. An external file, so
// the Content-Security-Policy needs no inline script.
(function () {
  var canonical = document.querySelector('link[rel=canonical]');
  if (canonical) window.location.replace(canonical.getAttribute('data-path') + window.location.search + window.location.hash);
})();
