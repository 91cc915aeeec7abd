/* Silabus: marks the session in progress and the next one on a cohort's
   timetable, says them in the two lines the page keeps free for them above the
   timetable, and keeps both current while the page stays open. The page is
   complete without it. */
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

  /* The date a row's session starts on, and today's date, both where the cohort is
     (the offset of the row's start, as in 2027-02-02T09:45:00+08:00). */
  function sameDay(row, now) {
    var start = row.getAttribute("data-start");
    var offset = /([+-])(\d\d):(\d\d)$/.exec(start);
    var minutes = offset ? (offset[1] === "-" ? -1 : 1) * (offset[2] * 60 + +offset[3]) : 0;
    return new Date(now + minutes * 60000).toISOString().slice(0, 10) === start.slice(0, 10);
  }

  function line(label, row, now) {
    var item = document.createElement("span");
    item.className = "silabus-now__line";
    var strong = document.createElement("strong");
    strong.textContent = label + (row ? ": " : "");
    item.appendChild(strong);
    if (!row) return item;
    var table = row.closest("table");
    var time = row.querySelector(".silabus-session__time");
    var link = document.createElement("a");
    link.href = "#" + (table ? table.id : "");
    /* The day (without its year) unless it is today, and the time; then what. */
    var when = document.createElement("span");
    when.className = "silabus-now__when";
    when.textContent = [
      sameDay(row, now) ? "" : dayName(row).replace(/,?\s+\d{4}$/, ""),
      time ? time.textContent : ""
    ].filter(Boolean).join(", ");
    var what = document.createElement("span");
    what.className = "silabus-now__what";
    what.textContent = row.getAttribute("data-title");
    link.appendChild(when);
    link.appendChild(document.createTextNode(" "));
    link.appendChild(what);
    item.appendChild(link);
    return item;
  }

  function mark() {
    var now = Date.now();
    var current = null;
    var coming = [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      row.classList.remove("silabus-session--now", "silabus-session--next");
      var start = Date.parse(row.getAttribute("data-start"));
      var end = Date.parse(row.getAttribute("data-end"));
      if (start <= now && now < end && !current) current = row;
      if (start > now) coming.push(row);
    }
    coming.sort(function (a, b) {
      return Date.parse(a.getAttribute("data-start")) - Date.parse(b.getAttribute("data-start"));
    });
    var lines = [];
    if (current) {
      current.classList.add("silabus-session--now");
      lines.push(line(status.getAttribute("data-label-now"), current, now));
    }
    if (coming.length) {
      coming[0].classList.add("silabus-session--next");
      lines.push(line(status.getAttribute("data-label-next"), coming[0], now));
    }
    if (!current && coming.length > 1) {
      lines.push(line(status.getAttribute("data-label-then"), coming[1], now));
    }
    if (!current && !coming.length) lines.push(line(status.getAttribute("data-label-over")));
    status.textContent = "";
    lines.forEach(function (item) { status.appendChild(item); });
  }

  mark();
  window.setInterval(mark, 60 * 1000);
})();
