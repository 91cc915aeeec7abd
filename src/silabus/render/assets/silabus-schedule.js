/* Silabus: marks the session in progress and the next one on a cohort's
   timetable. The page is complete without it. */
(function () {
  "use strict";
  var status = document.querySelector(".silabus-now");
  var rows = document.querySelectorAll("tr[data-start][data-end]");
  if (!status || !rows.length) return;
  var now = Date.now();
  var current = null;
  var next = null;
  for (var i = 0; i < rows.length; i++) {
    var start = Date.parse(rows[i].getAttribute("data-start"));
    var end = Date.parse(rows[i].getAttribute("data-end"));
    if (start <= now && now < end && !current) current = rows[i];
    if (start > now && (!next || start < Date.parse(next.getAttribute("data-start")))) {
      next = rows[i];
    }
  }
  function describe(row, label, modifier) {
    row.classList.add("silabus-session--" + modifier);
    var table = row.closest("table");
    var day = table && table.id ? document.getElementById(table.id) : null;
    var line = document.createElement("span");
    line.className = "silabus-now__line";
    var strong = document.createElement("strong");
    strong.textContent = label + ": ";
    line.appendChild(strong);
    var link = document.createElement("a");
    var heading = day && day.previousElementSibling;
    while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    link.href = "#" + (table ? table.id : "");
    var what = row.querySelector(".silabus-session__what");
    var time = row.querySelector(".silabus-session__time");
    link.textContent = (heading ? heading.textContent.replace(/\s*¶\s*$/, "") + ", " : "") +
      (time ? time.textContent : "") + " · " +
      (what ? what.firstChild.textContent : "");
    line.appendChild(link);
    status.appendChild(line);
  }
  if (current) describe(current, status.getAttribute("data-label-now"), "now");
  if (next) describe(next, status.getAttribute("data-label-next"), "next");
  if (current || next) status.hidden = false;
})();
