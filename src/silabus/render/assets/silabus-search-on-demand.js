/* Silabus: Material's search index is fetched when a reader starts to search,
   not on every first visit. The index holds the text of the whole site, and it
   grows with the curriculum; most visits never search. Until the reader touches
   the search box, the request for it waits; then it goes out as Material made it. */
(function () {
  "use strict";
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var waiting = [];
  var wanted = false;

  function release() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (request) {
      send.apply(request.xhr, request.args);
    });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.silabusSearchIndex = /search\/search_index\.json(\?|#|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.silabusSearchIndex && !wanted) {
      waiting.push({ xhr: this, args: arguments });
      return;
    }
    return send.apply(this, arguments);
  };

  function isSearch(target) {
    return target && target.closest &&
      target.closest(".md-search, label[for='__search'], [data-md-toggle='search']");
  }
  ["focusin", "pointerdown", "touchstart", "mouseover"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (isSearch(event.target)) release();
    }, { capture: true, passive: true });
  });
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search") release();
  }, true);
  /* A search already in the address loads the index at once: a query (?q=...),
     or a page opened from a search result, whose words Material highlights
     (?h=...). */
  if (/[?&][qh]=./.test(location.search)) release();
})();
