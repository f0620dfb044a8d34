"""The pages' inline CSS and scripts: no file, font or script is fetched from anywhere.

The font stack is proportional, from fonts that carry Vietnamese's stacked
diacritics as designed ("Đỗ Thị", "Nguyễn"): Noto Sans, Segoe UI, Helvetica
Neue, Roboto, Arial, then Liberation Sans and DejaVu Sans on a bare Linux.
No Vietnamese text is ever set in a monospace font, where the marks of
"ễ" collide. The scripts read nothing but the page itself; nothing from the
article is ever put into them.
"""

from __future__ import annotations

FONT = '"Noto Sans", "Segoe UI", "Helvetica Neue", Roboto, Arial, "Liberation Sans", "DejaVu Sans", sans-serif'

BASE_CSS = f"""
*{{box-sizing:border-box}}
html,body{{margin:0;height:100%}}
body{{font:15px/1.7 {FONT};color:#1b1b1b;background:#fff}}
h1{{font-size:1.25em;margin:0 0 .2em;line-height:1.45}}
h2{{font-size:1.05em;margin:1.1em 0 .4em}}
.hint{{margin:.2em 0;color:#555;font-size:.9em}}
table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #d4d4d4;padding:.25em .45em;text-align:left;vertical-align:top}}
thead th{{background:#f3f3f3;font-weight:600}}
td.null{{color:#999}}
a{{color:#1B4A85}}
"""

REVIEW_CSS = """
body.review{display:flex;flex-direction:column}
header{padding:.6em 1.2em;border-bottom:1px solid #ccc}
header nav{font-size:.9em}
ul.legend{list-style:none;margin:.3em 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25em 1em;font-size:.9em}
.chip{display:inline-block;width:1.1em;height:.95em;margin-right:.35em;vertical-align:-.1em;border-radius:2px}
label.toggle{font-size:.9em;color:#444}
main{flex:1;display:flex;min-height:0}
#article{flex:11;overflow:auto;padding:1em 1.5em 4em;white-space:pre-wrap;overflow-wrap:break-word}
#article.html{white-space:normal}
#record{flex:9;overflow:auto;padding:.3em 1em 4em;border-left:1px solid #ccc;font-size:14px;line-height:1.55}
mark{color:inherit;border-radius:2px;padding:0 1px 3px}
mark mark{padding-bottom:0}
mark.lit{outline:2px solid #000;outline-offset:1px;box-shadow:0 0 0 4px #FFE14D}
#article.selecting mark:not(.lit){background:transparent}
.markup{color:#888;font-size:.85em}
#article.show-markup .markup[hidden],#article.show-markup .ent [hidden]{display:inline}
.ent::before{content:attr(data-c)}
#article.show-markup .ent::before{content:none}
.wrap{overflow-x:auto}
#meeting th{width:34%;font-weight:600;background:#fafafa}
tr[data-ref]{cursor:pointer}
tr[data-ref]:hover,tr.hover{background:#EAF1FB}
tr.selected,tr.selected th{background:#FFF3B0}
tr[data-ref]:focus{outline:2px solid #1B4A85;outline-offset:-2px}
small.note{color:#666}
p.error{color:#A00000}
td.n,th.n{white-space:nowrap;width:1%}
@media (max-width:900px){html,body.review,main{display:block;height:auto}#article,#record{overflow:visible}
#record{border-left:0;border-top:1px solid #ccc}}
"""

INDEX_CSS = """
body.index{padding:1em 1.5em}
#articles th button{font:inherit;text-align:left;font-weight:600;background:none;border:0;padding:0;
cursor:pointer;color:inherit}
#articles th[aria-sort=ascending] button::after{content:" \\25B2"}
#articles th[aria-sort=descending] button::after{content:" \\25BC"}
#articles td.num{text-align:right}
#articles td.error{color:#A00000}
#articles tbody tr:hover{background:#EAF1FB}
"""

REVIEW_JS = """
(function () {
  "use strict";
  var article = document.getElementById("article");
  function rowsFor(ref) { return document.querySelectorAll('tr[data-ref="' + ref + '"]'); }
  function clear() {
    article.querySelectorAll("mark.lit").forEach(function (m) { m.classList.remove("lit"); });
    document.querySelectorAll("tr.selected").forEach(function (r) { r.classList.remove("selected"); });
    article.classList.remove("selecting");
  }
  function select(row) {
    var was = row.classList.contains("selected");
    clear();
    if (was) { return; }
    row.classList.add("selected");
    var found = article.querySelectorAll('mark[data-refs~="' + row.getAttribute("data-ref") + '"]');
    found.forEach(function (m) { m.classList.add("lit"); });
    if (found.length) {
      article.classList.add("selecting");
      found[0].scrollIntoView({block: "center"});
    }
  }
  document.querySelectorAll("tr[data-ref]").forEach(function (row) {
    row.addEventListener("click", function () { select(row); });
    row.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(row); }
    });
  });
  function hover(e, on) {
    var mark = e.target.closest ? e.target.closest("mark") : null;
    if (!mark) { return; }
    mark.getAttribute("data-refs").split(" ").forEach(function (ref) {
      rowsFor(ref).forEach(function (r) { r.classList.toggle("hover", on); });
    });
  }
  article.addEventListener("mouseover", function (e) { hover(e, true); });
  article.addEventListener("mouseout", function (e) { hover(e, false); });
  article.addEventListener("click", function (e) {
    var mark = e.target.closest ? e.target.closest("mark") : null;
    if (!mark) { return; }
    var row = rowsFor(mark.getAttribute("data-refs").split(" ")[0])[0];
    if (row) { select(row); row.scrollIntoView({block: "nearest"}); }
  });
  var toggle = document.getElementById("show-markup");
  if (toggle) {
    toggle.addEventListener("change", function () { article.classList.toggle("show-markup", toggle.checked); });
  }
  var wanted = location.hash.match(/^#select=([A-Za-z0-9_-]+)$/);
  if (wanted) {
    var row = rowsFor(wanted[1])[0];
    if (row) { row.click(); row.scrollIntoView({block: "nearest"}); }
  }
})();
"""

INDEX_JS = """
(function () {
  "use strict";
  var table = document.getElementById("articles");
  var body = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function value(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    return numeric ? (v === "" ? NaN : parseFloat(v)) : v;
  }
  function sort(i) {
    var th = heads[i];
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var numeric = th.getAttribute("data-type") === "number";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, i, numeric), y = value(b, i, numeric);
      var xe = numeric ? isNaN(x) : x === "", ye = numeric ? isNaN(y) : y === "";
      if (xe || ye) { return xe === ye ? 0 : (xe ? 1 : -1); }
      var d = numeric ? x - y : x.localeCompare(y, "vi");
      return ascending ? d : -d;
    });
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.forEach(function (r) { body.appendChild(r); });
  }
  heads.forEach(function (th, i) {
    var button = th.querySelector("button");
    if (button) { button.addEventListener("click", function () { sort(i); }); }
  });
  var wanted = location.hash.match(/^#sort=([a-z]+)(:desc)?$/);
  if (wanted) {
    heads.forEach(function (th) {
      if (th.getAttribute("data-key") === wanted[1]) {
        var button = th.querySelector("button");
        button.click();
        if (wanted[2]) { button.click(); }
      }
    });
  }
})();
"""
