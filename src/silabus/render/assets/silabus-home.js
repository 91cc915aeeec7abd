/* Silabus: the course home. Picks the cohort in progress (else the next one, else
   the last one that ended) by the reader's clock, and shows its day in the
   cohort's own time zone: today's sessions, the next ones and the week's
   materials. Every time, date and label comes written by the build (the JSON
   beside this script); instants carry their UTC offset, so that a reader in
   another zone sees the cohort's day. The page is complete without it. */
(function () {
  "use strict";
  var panel = document.querySelector(".silabus-home");
  var source = panel && panel.querySelector(".silabus-home__data");
  var now = panel && panel.querySelector(".silabus-home__now");
  if (!source || !now) return;
  var data;
  try {
    data = JSON.parse(source.textContent);
  } catch (error) {
    return;
  }
  var labels = data.labels;

  function at(text) {
    return Date.parse(text);
  }

  function within(item, moment) {
    return at(item.from) <= moment && moment < at(item.to);
  }

  function filled(label, values) {
    return label.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? values[key] : whole;
    });
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  }

  function link(text, address) {
    var made = element("a", "", text);
    made.href = address;
    return made;
  }

  // The cohort in progress, else the next to begin, else the last to end.
  function chosen(moment) {
    var cohorts = data.cohorts;
    var upcoming = null;
    var ended = null;
    for (var i = 0; i < cohorts.length; i++) {
      var cohort = cohorts[i];
      if (within(cohort, moment)) return { cohort: cohort, state: "in_progress" };
      if (at(cohort.from) > moment && (!upcoming || at(cohort.from) < at(upcoming.from))) {
        upcoming = cohort;
      }
      if (at(cohort.to) <= moment && (!ended || at(cohort.to) > at(ended.to))) ended = cohort;
    }
    if (upcoming) return { cohort: upcoming, state: "upcoming" };
    if (ended) return { cohort: ended, state: "ended" };
    return null;
  }

  // A day's title, when it has one, and its sessions.
  function sessionList(day, moment) {
    var both = document.createDocumentFragment();
    if (day.title) both.appendChild(element("p", "silabus-home__day-title", day.title));
    var list = element("ul", "silabus-home__sessions");
    day.sessions.forEach(function (session) {
      var item = element("li", "silabus-home__session");
      var going = session.start && at(session.start) <= moment && moment < at(session.end);
      if (going) item.classList.add("silabus-home__session--now");
      var time = element("span", "silabus-home__time", session.time);
      item.appendChild(time);
      if (going) item.appendChild(element("strong", "silabus-home__badge", labels.now));
      var what = element("span", "silabus-home__what");
      var module = session.module === null ? null : data.modules[session.module];
      what.appendChild(module ? link(session.title, module.url) : document.createTextNode(session.title));
      item.appendChild(what);
      var details = [session.place].concat(session.leaders).filter(Boolean);
      if (details.length) item.appendChild(element("span", "silabus-home__detail", details.join(" · ")));
      list.appendChild(item);
    });
    both.appendChild(list);
    return both;
  }

  function heading(text) {
    return element("h3", "silabus-home__heading", text);
  }

  function weekList(cohort, moment) {
    var week = cohort.weeks.filter(function (found) {
      return within(found, moment);
    })[0];
    if (!week || !week.modules.length) return null;
    var list = element("ul", "silabus-home__week");
    week.modules.forEach(function (index) {
      var module = data.modules[index];
      var item = element("li");
      item.appendChild(link(module.title, module.url));
      [[labels.materials, module.materials], [labels.worksheets, module.worksheets]].forEach(
        function (group) {
          if (!group[1].length) return;
          var line = element("span", "silabus-home__detail");
          line.appendChild(document.createTextNode(group[0] + ": "));
          group[1].forEach(function (page, position) {
            if (position) line.appendChild(document.createTextNode(", "));
            line.appendChild(link(page[0], page[1]));
          });
          item.appendChild(line);
        }
      );
      list.appendChild(item);
    });
    return list;
  }

  // The module of the session in progress or of the next one, for "where to start".
  function nextModule(cohort, moment) {
    for (var i = 0; i < cohort.days.length; i++) {
      var sessions = cohort.days[i].sessions;
      for (var j = 0; j < sessions.length; j++) {
        var session = sessions[j];
        if (session.module !== null && session.end && at(session.end) > moment) {
          return data.modules[session.module];
        }
      }
    }
    return null;
  }

  // What the panel shows depends on these alone: it is made again only when one
  // of them changes, not under a reader's eyes every minute.
  function signature(found, moment) {
    var cohort = found.cohort;
    var marks = [cohort.name, found.state];
    cohort.days.concat(cohort.phases, cohort.weeks).forEach(function (item, index) {
      if (within(item, moment)) marks.push(index);
    });
    cohort.days.forEach(function (day) {
      day.sessions.forEach(function (session, index) {
        if (session.start && at(session.start) <= moment && moment < at(session.end)) {
          marks.push(day.date + ":" + index);
        }
      });
    });
    return marks.join("|");
  }

  var shown = "";

  function show() {
    var moment = Date.now();
    var found = chosen(moment);
    if (!found) return;
    var mark = signature(found, moment);
    if (mark === shown) return;
    shown = mark;
    var cohort = found.cohort;
    var parts = [];
    var status = element("p", "silabus-home__status");
    status.appendChild(link(cohort.name, cohort.url));
    status.appendChild(element("br"));
    var said =
      found.state === "in_progress"
        ? filled(labels.home_in_progress, { dates: cohort.dates })
        : found.state === "upcoming"
          ? filled(labels.home_upcoming, { day: cohort.first })
          : filled(labels.home_ended, { day: cohort.last });
    status.appendChild(document.createTextNode(said));
    parts.push(status);
    if (found.state === "in_progress") {
      var phase = cohort.phases.filter(function (item) {
        return within(item, moment);
      })[0];
      if (phase && cohort.phases.length > 1) {
        parts.push(
          element(
            "p",
            "silabus-home__phase",
            filled(labels.home_phase, { phase: phase.title, dates: phase.dates })
          )
        );
      }
    }
    if (found.state !== "ended") {
      var today = cohort.days.filter(function (day) {
        return within(day, moment);
      })[0];
      if (today) {
        parts.push(heading(filled(labels.home_today, { day: today.label })));
        parts.push(sessionList(today, moment));
      } else if (found.state === "in_progress") {
        parts.push(element("p", "silabus-home__none", labels.home_no_sessions_today));
      }
      var next = cohort.days.filter(function (day) {
        return at(day.from) > moment && day !== today;
      })[0];
      if (next) {
        parts.push(heading(filled(labels.home_next_day, { day: next.label })));
        parts.push(sessionList(next, moment));
      }
      var week = found.state === "in_progress" ? weekList(cohort, moment) : null;
      if (week) {
        parts.push(heading(labels.home_week));
        parts.push(week);
      }
      var schedule = element("p", "silabus-home__more");
      schedule.appendChild(link(labels.home_full_schedule, cohort.url));
      parts.push(schedule);
      var module = nextModule(cohort, moment);
      var first = panel.querySelector(".silabus-home__first");
      if (module && first) {
        first.textContent = "";
        first.appendChild(element("span", "silabus-home__label", labels.home_next_module + ":"));
        first.appendChild(document.createTextNode(" "));
        first.appendChild(link(module.title, module.url));
      }
    }
    now.textContent = "";
    parts.forEach(function (part) {
      now.appendChild(part);
    });
    now.classList.add("silabus-home__now--live");
  }

  show();
  window.setInterval(show, 60 * 1000);
})();
