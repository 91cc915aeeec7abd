/* Silabus: "studied" marks, kept only in this browser (localStorage), never sent
   anywhere. A module or material page gets a toggle; every link in a page's
   content to a page marked studied gets a check mark; the program page counts
   the modules studied and offers to clear the marks. Marks are kept per site,
   by the address of its root, so two courses on one domain (or two offline
   copies) do not mix. The pages are complete without this script. */
(function () {
  "use strict";
  var script = document.currentScript ||
    document.querySelector('script[src$="silabus-progress.js"]');
  if (!script) return;
  var words = script.dataset;
  var root = siteRoot();
  var storageKey = "silabus-progress:" + root;
  var storage;
  try {
    storage = window.localStorage;
    storage.getItem(storageKey);
  } catch (error) {
    // Storage is off: no toggle that cannot keep what it shows, nor its place.
    var place = document.querySelector("[data-silabus-progress]");
    if (place) place.hidden = true;
    return;
  }

  // The site root as an absolute address, as the course home finds it: the folder
  // above this script's own (`assets/silabus-progress.js`), on any page and after
  // Material's instant navigation, whose configuration keeps the first page's way
  // to the root.
  function siteRoot() {
    return new URL("../", script.src).href;
  }

  // A page's name from the site root, as a folder: `modul/x/` whether the site
  // publishes it at modul/x/, modul/x/index.html or modul/x.html (offline copy).
  function pageKey(address) {
    var url;
    try {
      url = new URL(address, location.href);
    } catch (error) {
      return null;
    }
    var bare = url.href.split("#")[0].split("?")[0];
    if (bare.indexOf(root) !== 0) return null;
    var path = bare.slice(root.length).replace(/(^|\/)index\.html$/, "$1");
    if (/\.html$/.test(path)) path = path.slice(0, -5) + "/";
    try {
      return decodeURIComponent(path);
    } catch (error) {
      return path;
    }
  }

  function read() {
    try {
      var marks = JSON.parse(storage.getItem(storageKey) || "{}");
      return marks && typeof marks === "object" && !Array.isArray(marks) ? marks : {};
    } catch (error) {
      return {};
    }
  }

  function write(marks) {
    try {
      if (Object.keys(marks).length) storage.setItem(storageKey, JSON.stringify(marks));
      else storage.removeItem(storageKey);
      return true;
    } catch (error) {
      return false; // full or refused: the page shows what is kept
    }
  }

  function today() {
    var now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map(function (part) { return String(part).padStart(2, "0"); })
      .join("-");
  }

  function dateText(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!parts) return "";
    var day = new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
    try {
      return day.toLocaleDateString(document.documentElement.lang || undefined, {
        day: "numeric", month: "long", year: "numeric"
      });
    } catch (error) {
      return iso;
    }
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  }

  var content = document.querySelector(".md-content") || document.querySelector("main") ||
    document.body;
  var here = pageKey(location.href);

  // The toggle of a module or material page, in the place the stylesheet keeps
  // for it (the page does not move when it appears).
  var holder = content.querySelector("[data-silabus-progress]");
  var toggle = null;
  var when = null;
  if (holder && here === null) holder.hidden = true;
  if (holder && here !== null) {
    toggle = element("button", "silabus-progress__toggle");
    toggle.type = "button";
    toggle.appendChild(element("span", "silabus-progress__box")).setAttribute("aria-hidden", "true");
    toggle.appendChild(document.createTextNode(words.mark));
    when = element("span", "silabus-progress__when");
    holder.appendChild(toggle);
    holder.appendChild(when);
    toggle.addEventListener("click", function () {
      var marks = read();
      if (marks[here]) delete marks[here];
      else marks[here] = today();
      write(marks);
      show();
    });
  }

  // The program page's count of the modules studied, and the way to clear them.
  var summary = content.querySelector("[data-silabus-modules]");
  var modules = summary ? summary.getAttribute("data-silabus-modules").split(/\s+/).filter(Boolean) : [];
  var count = null;
  var bar = null;
  var clear = null;
  if (summary && modules.length) {
    var heading = element("p", "silabus-progress-summary__heading", words.heading);
    heading.id = "silabus-progress-heading";
    bar = element("progress", "silabus-progress-summary__bar");
    bar.max = modules.length;
    bar.setAttribute("aria-labelledby", "silabus-progress-heading silabus-progress-count");
    count = element("p", "silabus-progress-summary__count");
    count.id = "silabus-progress-count";
    count.tabIndex = -1;
    var note = element("p", "silabus-progress-summary__note", words.note + " ");
    clear = element("button", "silabus-progress-summary__clear", words.clear);
    clear.type = "button";
    note.appendChild(clear);
    clear.addEventListener("click", function () {
      if (!window.confirm(words.clearConfirm)) return;
      write({});
      show();
      count.focus();
    });
    [heading, bar, count, note].forEach(function (part) { summary.appendChild(part); });
    summary.hidden = false;
  }

  function markLinks(marks) {
    var old = content.querySelectorAll(".silabus-studied");
    for (var i = 0; i < old.length; i++) old[i].remove();
    var links = content.querySelectorAll("a[href]");
    for (var j = 0; j < links.length; j++) {
      var link = links[j];
      var written = link.getAttribute("href");
      // A link to a part of a page (a day of a timetable, a term) is not an
      // entry for that page, nor is a link within the curriculum's own text, nor
      // the module named above a material (where a check mark would push the
      // rest of that line aside once the page is shown).
      if (written.indexOf("#") !== -1 || link.classList.contains("headerlink") ||
          link.closest(".silabus-text, .silabus-material-position")) continue;
      var key = pageKey(written);
      if (key === null || !marks[key]) continue;
      var mark = element("span", "silabus-studied");
      mark.appendChild(element("span", "", "\u2713")).setAttribute("aria-hidden", "true");
      mark.appendChild(element("span", "silabus-visually-hidden", " (" + words.studied + ")"));
      link.appendChild(mark);
    }
  }

  function show() {
    var marks = read();
    if (toggle) {
      var studied = Boolean(marks[here]);
      toggle.setAttribute("aria-pressed", String(studied));
      when.textContent = studied ? words.markedOn.replace("{date}", dateText(marks[here])) : "";
    }
    if (count) {
      var done = modules.filter(function (key) { return marks[key]; }).length;
      bar.value = done;
      count.textContent = words.summary
        .replace("{studied}", String(done))
        .replace("{total}", String(modules.length));
      clear.hidden = !Object.keys(marks).length;
    }
    markLinks(marks);
  }

  show();
  // What the page says on loading is read with it; only what changes later (marked,
  // cleared, here or in another tab) is announced.
  [when, count].forEach(function (region) {
    if (region) region.setAttribute("aria-live", "polite");
  });
  // Marked or cleared in another tab of the same site; not once the page is gone,
  // shown in place by Material's instant navigation, which runs this script anew.
  window.addEventListener("storage", function changed(event) {
    if (!script.isConnected) {
      window.removeEventListener("storage", changed);
    } else if (event.key === storageKey || event.key === null) {
      show();
    }
  });
})();
