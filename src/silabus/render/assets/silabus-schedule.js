/* Silabus: marks the session in progress and the next one on a cohort's
   timetable, and keeps the marks current while the page stays open. The page
   is complete without it. */
(function () {
  "use strict";
  var status = document.querySelector(".silabus-now");
  var rows = document.querySelectorAll("tr[data-start][data-end]");
  if (!status || !rows.length) return;

  function dayName(row) {
    var table = row.closest("table");
    var heading = table && table.previousElementSibling;
    while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    return heading ? heading.textContent.replace(/\s*¶\s*$/, "") : "";
  }

  function line(row, label) {
    var table = row.closest("table");
    var time = row.querySelector(".silabus-session__time");
    var item = document.createElement("span");
    item.className = "silabus-now__line";
    var strong = document.createElement("strong");
    strong.textContent = label + ": ";
    var link = document.createElement("a");
    link.href = "#" + (table ? table.id : "");
    link.textContent = [dayName(row), time ? time.textContent : ""].filter(Boolean).join(", ") +
      " · " + row.getAttribute("data-title");
    item.appendChild(strong);
    item.appendChild(link);
    return item;
  }

  function mark() {
    var now = Date.now();
    var current = null;
    var next = null;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      row.classList.remove("silabus-session--now", "silabus-session--next");
      var start = Date.parse(row.getAttribute("data-start"));
      var end = Date.parse(row.getAttribute("data-end"));
      if (start <= now && now < end && !current) current = row;
      if (start > now && (!next || start < Date.parse(next.getAttribute("data-start")))) {
        next = row;
      }
    }
    status.textContent = "";
    if (current) {
      current.classList.add("silabus-session--now");
      status.appendChild(line(current, status.getAttribute("data-label-now")));
    }
    if (next) {
      next.classList.add("silabus-session--next");
      status.appendChild(line(next, status.getAttribute("data-label-next")));
    }
    status.hidden = !(current || next);
  }

  mark();
  window.setInterval(mark, 60 * 1000);
})();
