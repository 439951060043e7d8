/* timeline search: a static index loaded with <script> tags, so it works from file:// too.
   Files (see timeline/render/search.py): search/meta.js (tags, sources), search/d/N.js (events
   in date order), search/w/N.js (words hashed by their first two letters). */
(function () {
  "use strict";
  var doc = document;
  var base = doc.currentScript.src.replace(/static\/search\.js(\?.*)?$/, "");
  var PAGE = 50;
  var meta = null, docs = {}, shards = {}, waiting = {};

  window.TL_SEARCH = {
    meta: function (data) { meta = data; },
    docs: function (n, list) { docs[n] = list; },
    words: function (n, table) { shards[n] = table; }
  };

  function load(path) {
    if (!waiting[path]) {
      waiting[path] = new Promise(function (resolve, reject) {
        var s = doc.createElement("script");
        s.src = base + path;
        s.onload = resolve;
        s.onerror = function () { reject(new Error("cannot load " + path)); };
        doc.head.appendChild(s);
      });
    }
    return waiting[path];
  }

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(text) {
    return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) { return w.length > 1; });
  }
  function bucket(word) {
    var h = 0, chars = Array.from(word).slice(0, 2);
    chars.forEach(function (ch) { h = (h * 31 + ch.codePointAt(0)) % meta.buckets; });
    return h;
  }
  function decode(text) {
    var out = [], n = 0;
    if (!text) return out;
    text.split(",").forEach(function (gap) { n += parseInt(gap, 10); out.push(n); });
    return out;
  }
  function intersect(a, b) {
    var set = new Set(b);
    return a.filter(function (n) { return set.has(n); });
  }
  function union(lists) {
    var set = new Set();
    lists.forEach(function (l) { l.forEach(function (n) { set.add(n); }); });
    return Array.from(set).sort(function (x, y) { return x - y; });
  }

  var form = doc.getElementById("search");
  var status = doc.getElementById("status");
  var results = doc.getElementById("results");
  var more = doc.getElementById("more");
  var found = [], shown = 0, run = 0;

  function matchWord(term) {
    var table = shards[bucket(term)] || {};
    var lists = [];
    Object.keys(table).forEach(function (w) {
      if (w.lastIndexOf(term, 0) === 0) lists.push(decode(table[w]));
    });
    return union(lists);
  }

  function search() {
    var q = form.elements.q.value, tag = form.elements.tag.value;
    var source = form.elements.source.value.trim();
    var terms = words(q), mine = ++run;
    try {
      var params = new URLSearchParams();
      if (q) params.set("q", q);
      if (tag) params.set("tag", tag);
      if (source) params.set("source", source);
      history.replaceState(null, "", "?" + params.toString());
    } catch (e) { /* file:// pages may refuse; the search still runs */ }
    if (!terms.length && !tag && !source) {
      found = []; results.textContent = ""; more.hidden = true;
      status.textContent = meta.count + " events. Type a word, or pick a tag or a source.";
      return Promise.resolve();
    }
    var needed = Array.from(new Set(terms.map(bucket)));
    return Promise.all(needed.map(function (n) { return load("search/w/" + n + ".js"); }))
      .then(function () {
        if (mine !== run) return;
        var lists = terms.map(matchWord);
        if (tag) {
          lists.push(decode((meta.tags.find(function (t) { return t[0] === tag; }) || [])[1]));
        }
        if (source) {
          var s = fold(source);
          var hits = meta.outlets.concat(meta.articles)
            .filter(function (o) { return fold(o[0]) === s; })
            .map(function (o) { return decode(o[1]); });
          lists.push(union(hits));
        }
        found = lists.reduce(intersect);
        results.textContent = "";
        shown = 0;
        status.textContent = found.length === 0 ? "No events found." :
          found.length + " event" + (found.length === 1 ? "" : "s") + " found, oldest first.";
        return showMore();
      })
      .catch(function (err) { status.textContent = "Search failed: " + err.message; });
  }

  function showMore() {
    var page = found.slice(shown, shown + PAGE);
    var chunks = Array.from(new Set(page.map(function (n) { return Math.floor(n / meta.chunk); })));
    return Promise.all(chunks.map(function (c) { return load("search/d/" + c + ".js"); }))
      .then(function () {
        page.forEach(function (n) {
          var d = docs[Math.floor(n / meta.chunk)][n % meta.chunk];
          var li = doc.createElement("li");
          var a = doc.createElement("a");
          a.href = base + d[0];
          a.textContent = d[3];
          var when = doc.createElement("time");
          when.className = "when";
          when.setAttribute("datetime", d[2]);
          when.textContent = d[1] + (d[5] > 1 ? " · " + d[5] + " sources" : "");
          li.appendChild(a);
          li.appendChild(when);
          if (d[4]) {
            var p = doc.createElement("p");
            p.textContent = d[4];
            li.appendChild(p);
          }
          results.appendChild(li);
        });
        shown += page.length;
        more.hidden = shown >= found.length;
      });
  }

  load("search/meta.js").then(function () {
    meta.tags.forEach(function (t) {
      var o = doc.createElement("option");
      o.value = o.textContent = t[0];
      form.elements.tag.appendChild(o);
    });
    var list = doc.getElementById("source-list");
    meta.outlets.concat(meta.articles.slice(0, 2000)).forEach(function (s) {
      var o = doc.createElement("option");
      o.value = s[0];
      list.appendChild(o);
    });
    var params = new URLSearchParams(window.location.search);
    form.elements.q.value = params.get("q") || "";
    form.elements.tag.value = params.get("tag") || "";
    form.elements.source.value = params.get("source") || "";
    var timer = null;
    form.addEventListener("submit", function (e) { e.preventDefault(); search(); });
    form.addEventListener("change", function () { search(); });
    form.elements.q.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    more.addEventListener("click", function () { showMore(); });
    return search();
  }).catch(function (err) { status.textContent = "Search index missing: " + err.message; });
})();
