/// The style sheet and script every HTML report carries inline.
///
/// Both are constants, so their SHA-256 hashes in the page's Content-Security-Policy are the
/// same in every report. The page needs no font, image or script from anywhere else.
enum HTMLAssets {
    /// Screen (wide and narrow) and print styles.
    static let styleSheet: StaticString = """

    :root { --ink: #1d2433; --muted: #5b6475; --line: #d8dde6; --accent: #1f5fa8; --band: #f4f6f9; --note: #fff7e0; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #fff; line-height: 1.6; font-size: 16px;
      font-family: "Pretendard", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif;
      word-break: keep-all; overflow-wrap: break-word; }
    header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
    header { padding-top: 2rem; border-bottom: 3px solid var(--accent); }
    h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .25rem; }
    h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
    .subtitle { color: var(--muted); margin: 0 0 1rem; }
    nav ol { margin: 0 0 1.25rem; padding-left: 1.4rem; columns: 2; column-gap: 2rem; }
    nav a, footer a { color: var(--accent); }
    p { margin: .6rem 0; }
    strong { font-weight: 700; }
    code { font-family: "D2Coding", "NanumGothicCoding", ui-monospace, monospace; font-size: .9em; background: var(--band); padding: .05em .3em; border-radius: 3px; }
    .note { background: var(--note); border-left: 4px solid #e0a800; padding: .5rem .8rem; }
    .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .75rem; margin: 1rem 0 1.25rem; }
    .figures div { background: var(--band); border-top: 3px solid var(--accent); padding: .6rem .8rem; }
    .figures dt { color: var(--muted); font-size: .85rem; }
    .figures dd { margin: 0; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.3; }
    figure { margin: 1.25rem 0; }
    figure svg { display: block; width: 100%; max-width: 100%; height: auto; margin: 0 auto; }
    figure.chart svg { max-width: 44rem; }
    figcaption, caption { color: var(--muted); font-size: .92rem; text-align: left; margin: .4rem 0; }
    caption { caption-side: top; }
    .table-wrap { overflow-x: auto; margin: 1rem 0; }
    table { border-collapse: collapse; width: auto; min-width: min(100%, 40rem); font-size: .94rem; }
    th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
    thead th { background: var(--band); border-bottom: 2px solid var(--line); }
    tbody tr:nth-child(even) { background: #fafbfc; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    th.num { white-space: normal; }
    th.sortable { cursor: pointer; user-select: none; }
    th.sortable:hover, th.sortable:focus { color: var(--accent); }
    th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: .7em; }
    th[aria-sort="descending"]::after { content: " \\25BC"; font-size: .7em; }
    ul { padding-left: 1.4rem; }
    footer { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      header, main, footer { padding: 0 .8rem; }
      header { padding-top: 1.2rem; }
      h1 { font-size: 1.45rem; }
      h2 { font-size: 1.2rem; }
      nav ol { columns: 1; }
      th, td { padding: .3rem .4rem; }
      figure.diagram { overflow-x: auto; }
      figure.diagram svg { width: 40rem; max-width: none; }
    }
    @media print {
      @page { size: A4; margin: 15mm 14mm; }
      body { font-size: 10.5pt; -webkit-print-color-adjust: exact; }
      header, main, footer { max-width: none; padding: 0; }
      footer { margin-top: .5rem; break-before: avoid; }
      h2, h3 { break-after: avoid; break-inside: avoid; }
      h2 + *, h3 + * { break-before: avoid; }
      figure, tr, .figures, figcaption { break-inside: avoid; }
      figure.diagram { overflow: visible; }
      figure svg, figure.chart svg, figure.diagram svg { width: 100%; max-width: 100%; height: auto; max-height: 235mm; }
      thead { display: table-header-group; }
      .table-wrap { overflow: visible; }
      nav a, footer a { color: inherit; text-decoration: none; }
      th[aria-sort]::after { content: none; }
    }

    """

    /// Makes tables sortable by clicking (or pressing Enter on) a header; numbers sort by the
    /// cell's `data-value`, text by the page language's collation. With scripts off, the
    /// tables stay as written.
    static let script: StaticString = """

    document.querySelectorAll("table.sortable").forEach(function (table) {
      var headers = table.querySelectorAll("thead th");
      headers.forEach(function (th, column) {
        th.tabIndex = 0;
        th.classList.add("sortable");
        th.title = table.dataset.sortHint || "";
        function value(row) {
          var cell = row.cells[column];
          if (th.dataset.type !== "number") return cell.textContent;
          var v = parseFloat(cell.dataset.value);
          return isNaN(v) ? -Infinity : v;
        }
        function sort() {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = value(a), y = value(b);
            var d = typeof x === "number" ? (x === y ? 0 : x - y) : x.localeCompare(y, document.documentElement.lang);
            return ascending ? d : -d;
          });
          headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          rows.forEach(function (row) { body.appendChild(row); });
        }
        th.addEventListener("click", sort);
        th.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
        });
      });
    });

    """
}
