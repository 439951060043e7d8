/* timeline: filters, keyboard navigation. The pages read fine without this file. */
(function () {
  "use strict";
  var doc = document;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* Filters over the events listed on this page. */
  var form = doc.querySelector("form.filters");
  var items = Array.prototype.slice.call(doc.querySelectorAll("li.event"));
  if (form && items.length) {
    form.hidden = false;
    var texts = items.map(function (li) { return fold(li.textContent); });
    var apply = function () {
      var words = fold(form.elements.words.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      var tag = form.elements.tag ? form.elements.tag.value : "";
      var outlet = form.elements.outlet ? form.elements.outlet.value : "";
      var shown = 0;
      items.forEach(function (li, i) {
        var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; }) &&
          (!tag || li.dataset.tags.split("\t").indexOf(tag) >= 0) &&
          (!outlet || li.dataset.outlets.split("\t").indexOf(outlet) >= 0);
        li.hidden = !ok;
        if (ok) shown++;
      });
      doc.querySelectorAll("li.day, li.month, li.year").forEach(function (group) {
        group.hidden = !group.querySelector("li.event:not([hidden])");
      });
      var filtering = words.length || tag || outlet;
      form.elements.count.value = filtering ? shown + " of " + items.length + " events" : "";
    };
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    var params = new URLSearchParams(window.location.search);
    if (params.get("tag") && form.elements.tag) { form.elements.tag.value = params.get("tag"); apply(); }
  }

  /* The jump bar: the year in view is marked while the page scrolls. */
  var jump = doc.querySelector("nav.years");
  var years = Array.prototype.slice.call(doc.querySelectorAll("li.year[id]"));
  if (jump && years.length) {
    var links = {};
    jump.querySelectorAll('a[href^="#y"]').forEach(function (a) {
      links[a.getAttribute("href").slice(1)] = a;
    });
    var marked = null, queued = false;
    var mark = function () {
      queued = false;
      /* the year whose group is under the sticky headings (a little below the top) */
      var line = 56, here = null;
      for (var i = 0; i < years.length; i++) {
        if (years[i].hidden) continue;
        var box = years[i].getBoundingClientRect();
        if (box.top <= line && box.bottom > line) { here = years[i]; break; }
        if (box.top > line) break;
        here = years[i];
      }
      var link = here ? links[here.id] : null;
      if (link === marked) return;
      if (marked) { marked.classList.remove("is-current"); marked.removeAttribute("aria-current"); }
      marked = link || null;
      if (!marked) return;
      marked.classList.add("is-current");
      marked.setAttribute("aria-current", "location");
      /* keep it in view when the bar scrolls on its own (many years) */
      if (jump.scrollHeight > jump.clientHeight + 1) {
        var top = marked.offsetParent === jump ? marked.offsetTop
          : marked.offsetTop - jump.offsetTop;
        if (top < jump.scrollTop || top > jump.scrollTop + jump.clientHeight - 40) {
          jump.scrollTop = top - jump.clientHeight / 3;
        }
      }
    };
    var queue = function () {
      if (!queued) { queued = true; window.requestAnimationFrame(mark); }
    };
    window.addEventListener("scroll", queue, { passive: true });
    window.addEventListener("resize", queue);
    if (form) form.addEventListener("input", queue);
    mark();
  }

  /* Keyboard: "/" focuses search, j/k move between events, Enter opens one. */
  var current = -1;
  function visible() { return items.filter(function (li) { return !li.closest("[hidden]"); }); }
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
  }
  doc.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
    if (e.key === "/") {
      var box = doc.getElementById("q") || doc.getElementById("site-search");
      if (box) { e.preventDefault(); box.focus(); }
      return;
    }
    var list = visible();
    if ((e.key === "j" || e.key === "k") && list.length) {
      var at = list.indexOf(items[current]);
      at = e.key === "j" ? Math.min(at + 1, list.length - 1) : Math.max(at - 1, 0);
      if (items[current]) items[current].classList.remove("current");
      current = items.indexOf(list[at]);
      list[at].classList.add("current");
      list[at].scrollIntoView({ block: "nearest" });
      var link = list[at].querySelector(".title a");
      if (link) link.focus({ preventScroll: true });
      return;
    }
    if (!items.length && (e.key === "j" || e.key === "k")) {
      var rel = doc.querySelector('.context a[rel="' + (e.key === "j" ? "next" : "prev") +
        '"], .prevnext a[rel="' + (e.key === "j" ? "next" : "prev") + '"]');
      if (rel) rel.click();
    }
  });
})();
