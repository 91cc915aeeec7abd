/* Silabus: a print button on the pages made to be printed (the whole program, a
   module's handout), in place of the hint to use the browser's menu, which a
   phone hides. Without the script the hint stays. */
(function () {
  "use strict";
  if (typeof window.print !== "function") return;
  var spots = document.querySelectorAll(".silabus-print-action[data-label]");
  for (var i = 0; i < spots.length; i++) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary silabus-print-button";
    button.textContent = spots[i].getAttribute("data-label");
    button.addEventListener("click", function () {
      window.print();
    });
    spots[i].textContent = "";
    spots[i].appendChild(button);
  }
})();
