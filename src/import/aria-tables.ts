/**
 * Tables documentation sites (GitBook, Notion's public pages) build from <div>s with ARIA roles:
 * `role="table"` over `role="row"` over `role="columnheader"` / `role="cell"`. Readability keeps
 * no such div grid and the Markdown converter sees only loose lines, so each becomes the <table>
 * it stands for — its header cells the header row — before either runs. Only markup changes.
 */
const CELL = "[role=columnheader], [role=rowheader], [role=cell], [role=gridcell]";

/** The row's own cells: its descendants with a cell role, not those of a table inside it. */
const cellsOf = (row: Element): Element[] =>
  [...row.querySelectorAll(CELL)].filter((cell) => cell.closest("[role=row]") === row);

export function ariaTablesAsTables(document: Document): void {
  for (const grid of document.querySelectorAll("[role=table], [role=grid], [role=treegrid]")) {
    // (A table inside another's cell is rebuilt with its own; skip it here if already gone.)
    if (!grid.isConnected) continue;
    const rows = [...grid.querySelectorAll("[role=row]")].filter(
      (row) => row.closest("[role=table], [role=grid], [role=treegrid]") === grid,
    );
    if (rows.length === 0) continue;
    const table = document.createElement("table");
    const head = document.createElement("thead");
    const body = document.createElement("tbody");
    for (const row of rows) {
      const cells = cellsOf(row);
      if (cells.length === 0) continue;
      const header = cells.every((cell) => cell.getAttribute("role") === "columnheader");
      const tr = document.createElement("tr");
      for (const cell of cells) {
        const td = document.createElement(header ? "th" : "td");
        td.append(...cell.childNodes);
        tr.append(td);
      }
      (header && body.children.length === 0 ? head : body).append(tr);
    }
    if (head.children.length > 0) table.append(head);
    table.append(body);
    grid.replaceWith(table);
  }
}
