/* Silabus: the course home. Picks the cohort in progress (else the next one, else
   the last one that ended) by the reader's clock, and shows its day in the
   cohort's own time zone: today's sessions, the next ones and the week's
   materials. When cohorts run at the same time, the reader chooses theirs, and
   this browser remembers it. Every time, date and label comes written by the
   build (the panel's data-home attribute); instants carry their UTC offset, so
   that a reader in another zone sees the cohort's day. Addresses lead from the
   site's root, which is the folder above this script's. The page is complete
   without it. */
(function () {
  "use strict";
  var script = document.currentScript ||
    document.querySelector('script[src$="silabus-home.js"]');
  var panel = script && (script.closest(".silabus-home") || document.querySelector(".silabus-home"));
  var now = panel && panel.querySelector(".silabus-home__now");
  if (!now || !panel.hasAttribute("data-home")) return;
  var data;
  try {
    data = JSON.parse(panel.getAttribute("data-home"));
  } catch (error) {
    return;
  }
  var labels = data.labels;
  var root = new URL("../", script.src).href;
  var first = panel.querySelector(".silabus-home__first");
  // "Where to start" as the build wrote it, for when no session is to come.
  var firstAsBuilt = first && first.cloneNode(true);
  var storageKey = "silabus-home-cohort:" + root;
  data.cohorts.forEach(function (cohort) {
    // A cohort that had ended when the site was built comes without its days.
    cohort.timetabled = "days" in cohort;
    cohort.days = cohort.days || [];
    cohort.phases = cohort.phases || [];
    cohort.weeks = cohort.weeks || [];
  });

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
    made.href = new URL(address, root).href;
    return made;
  }

  function remembered() {
    try {
      return window.localStorage.getItem(storageKey);
    } catch (error) {
      return null;
    }
  }

  function remember(cohort) {
    try {
      window.localStorage.setItem(storageKey, cohort.url);
    } catch (error) { /* storage is off: the choice lasts while the page is open */ }
  }

  var choice = null;

  // The cohorts in progress, else the next to begin, else the last to end; of
  // several in progress, the one the reader chose.
  function chosen(moment) {
    var cohorts = data.cohorts;
    var going = cohorts.filter(function (cohort) {
      return within(cohort, moment);
    });
    if (going.length) {
      var wanted = choice || remembered();
      var mine = going.filter(function (cohort) {
        return cohort.url === wanted;
      })[0];
      return { cohort: mine || going[0], state: "in_progress", going: going };
    }
    var upcoming = null;
    var ended = null;
    cohorts.forEach(function (cohort) {
      if (at(cohort.from) > moment && (!upcoming || at(cohort.from) < at(upcoming.from))) {
        upcoming = cohort;
      }
      if (at(cohort.to) <= moment && (!ended || at(cohort.to) > at(ended.to))) ended = cohort;
    });
    if (upcoming) return { cohort: upcoming, state: "upcoming", going: [] };
    if (ended) return { cohort: ended, state: "ended", going: [] };
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

  // The UTC offset, in minutes, an instant of the data is written with.
  function offset(text) {
    var found = /([+-])(\d\d):(\d\d)$/.exec(text);
    if (!found) return 0;
    return (found[1] === "-" ? -1 : 1) * (Number(found[2]) * 60 + Number(found[3]));
  }

  // "Today" is the cohort's date: where the reader's clock differs, the heading
  // names the cohort's zone.
  function todayHeading(day, moment) {
    var same = -new Date(moment).getTimezoneOffset() === offset(day.from);
    return same || !day.zone
      ? filled(labels.home_today, { day: day.label })
      : filled(labels.home_today_in, { day: day.label, zone: day.zone });
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
          return {
            module: data.modules[session.module],
            going: Boolean(session.start) && at(session.start) <= moment
          };
        }
      }
    }
    return null;
  }

  // What the panel shows depends on these alone: it is made again only when one
  // of them changes, not under a reader's eyes every minute.
  function signature(found, moment) {
    var cohort = found.cohort;
    var marks = [cohort.url, found.state];
    found.going.forEach(function (other) {
      marks.push(other.url);
    });
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

  // Which cohort the panel shows, when several are in progress: a list to choose
  // from, labelled, in place of the cohort's name.
  function chooser(found) {
    var box = document.createDocumentFragment();
    var label = element("label", "silabus-home__choose", labels.home_choose);
    label.htmlFor = "silabus-home-cohort";
    var select = element("select", "silabus-home__cohort");
    select.id = "silabus-home-cohort";
    found.going.forEach(function (cohort) {
      var option = element("option", "", cohort.name);
      option.value = cohort.url;
      option.selected = cohort === found.cohort;
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      choice = select.value;
      remember({ url: choice });
      show(true);
      var again = now.querySelector(".silabus-home__cohort");
      if (again) again.focus();
    });
    box.appendChild(label);
    box.appendChild(element("br"));
    box.appendChild(select);
    return box;
  }

  function busy() {
    var active = document.activeElement;
    return Boolean(active) && (now.contains(active) || (first !== null && first.contains(active)));
  }

  var shown = "";

  // Shows the panel for this moment; not while the reader's focus is in what would
  // be made again (see the focusout below), unless `forced`.
  function show(forced) {
    var moment = Date.now();
    var found = chosen(moment);
    if (!found) return;
    var mark = signature(found, moment);
    if (mark === shown && !forced) return;
    if (busy() && !forced) return;
    shown = mark;
    var cohort = found.cohort;
    var parts = [];
    var status = element("p", "silabus-home__status");
    if (found.going.length > 1) {
      status.appendChild(chooser(found));
    } else {
      status.appendChild(link(cohort.name, cohort.url));
    }
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
    var module = null;
    if (found.state !== "ended" && cohort.timetabled && !cohort.days.length) {
      parts.push(element("p", "silabus-home__none", labels.home_no_timetable));
    } else if (found.state !== "ended") {
      var today = cohort.days.filter(function (day) {
        return within(day, moment);
      })[0];
      if (today) {
        parts.push(heading(todayHeading(today, moment)));
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
      module = nextModule(cohort, moment);
    }
    if (found.state !== "ended") {
      var schedule = element("p", "silabus-home__more");
      schedule.appendChild(link(labels.home_full_schedule, cohort.url));
      parts.push(schedule);
    }
    if (first) {
      first.textContent = "";
      if (module) {
        var label = module.going ? labels.home_current_module : labels.home_next_module;
        first.appendChild(element("span", "silabus-home__label", label + ":"));
        first.appendChild(document.createTextNode(" "));
        first.appendChild(link(module.module.title, module.module.url));
      } else {
        Array.prototype.forEach.call(firstAsBuilt.childNodes, function (node) {
          first.appendChild(node.cloneNode(true));
        });
      }
    }
    now.textContent = "";
    parts.forEach(function (part) {
      now.appendChild(part);
    });
    now.classList.add("silabus-home__now--live");
  }

  show();
  // What changed while the reader's focus was in the panel, once it has left.
  panel.addEventListener("focusout", function (event) {
    if (!event.relatedTarget || !panel.contains(event.relatedTarget)) {
      window.setTimeout(show, 0);
    }
  });
  var timer = window.setInterval(function () {
    // Gone with the page, when the theme shows another without loading it
    // (Material's instant navigation).
    if (!panel.isConnected) {
      window.clearInterval(timer);
      return;
    }
    show();
  }, 60 * 1000);
})();
