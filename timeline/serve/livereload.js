/* timeline serve: reload this page when it changes; show what is wrong when a rebuild fails.
   Loaded only by the preview server, which adds it to every HTML page it serves. */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.EventSource || !window.JSON) return;
  var page = me.getAttribute("data-page") || "";
  var JUMP = "timeline-serve-jump";
  var overlay = null;

  function jump() {
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(JUMP) || "null");
      sessionStorage.removeItem(JUMP);
    } catch (e) { return; }
    if (!saved || saved.page !== page) return;
    for (var i = 0; i < saved.anchors.length; i++) {
      var slug = saved.anchors[i];
      var target = document.getElementById("e-" + slug) || document.getElementById("q-" + slug);
      if (target) {
        target.scrollIntoView({block: "center"});
        target.setAttribute("data-timeline-changed", "");
        target.style.outline = "3px solid #e0a800";
        target.style.outlineOffset = "3px";
        setTimeout(function () { target.style.outline = ""; }, 4000);
        return;
      }
    }
  }

  function line(problem) {
    var item = document.createElement("li");
    var where = document.createElement("code");
    var at = problem.path || "";
    if (problem.line) at += ":" + problem.line + (problem.column ? ":" + problem.column : "");
    where.textContent = at;
    where.style.cssText = "color:#ffd479;margin-right:.6em";
    item.appendChild(where);
    item.appendChild(document.createTextNode(problem.message));
    item.style.cssText = "margin:.4em 0;white-space:pre-wrap";
    return item;
  }

  function show(report) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "timeline-serve-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,24,.93);color:#f4f4f4;font:15px/1.5 ui-monospace,monospace;" +
      "padding:2em 3em";
    var title = document.createElement("h2");
    title.textContent = report.title;
    title.style.cssText = "color:#ff8a80;font-size:1.3em;margin:0 0 .8em";
    var list = document.createElement("ul");
    list.style.cssText = "list-style:none;padding:0;margin:0";
    for (var i = 0; i < report.problems.length; i++) list.appendChild(line(report.problems[i]));
    var note = document.createElement("p");
    note.textContent = report.note;
    note.style.cssText = "color:#aaa;margin-top:1.5em";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Hide");
    close.style.cssText = "position:absolute;top:.8em;right:1em;font-size:1.6em;" +
      "background:none;border:0;color:#f4f4f4;cursor:pointer";
    close.onclick = hide;
    overlay.appendChild(close);
    overlay.appendChild(title);
    overlay.appendChild(list);
    overlay.appendChild(note);
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
  }

  var source = new EventSource("/__timeline__/events?page=" + encodeURIComponent(page) +
    "&state=" + encodeURIComponent(me.getAttribute("data-state") || "") +
    "&server=" + encodeURIComponent(me.getAttribute("data-server") || ""));
  source.addEventListener("reload", function (e) {
    var data = JSON.parse(e.data);
    if (data.anchors && data.anchors.length) {
      try { sessionStorage.setItem(JUMP, JSON.stringify({page: page, anchors: data.anchors})); }
      catch (err) { /* private mode: reload without jumping */ }
    }
    source.close();
    location.reload();
  });
  source.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
  source.addEventListener("ok", hide);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", jump);
  else jump();
})();
