/**
 * Tables documentation sites (GitBook, Notion's public pages) build from <div>s with ARIA roles:
 * `role="table"` over `role="row"` over `role="columnheader"` / `role="cell"`. Readability keeps
 * no such div grid and the Markdown converter sees only loose lines, so each becomes the <table>
 * it stands for — its header cells the header row — before either runs. Only markup changes.
 */
const GRID = "[role=table], [role=grid], [role=treegrid]";
const ROW_ROLES = new Set(["row"]);
const CELL_ROLES = new Set(["columnheader", "rowheader", "cell", "gridcell"]);

/**
 * The elements under `root` whose role is in `roles`, in document order, not looking inside them
 * nor inside a table or grid of their own: each element is visited once, so every grid's walk
 * together stays linear in the page.
 */
function own(root: Element, roles: Set<string>): Element[] {
  const found: Element[] = [];
  const stack = [...root.children].reverse();
  for (let element = stack.pop(); element; element = stack.pop()) {
    const role = element.getAttribute("role") ?? "";
    if (roles.has(role)) found.push(element);
    else if (element.tagName !== "TABLE" && !element.matches(GRID)) {
      // (One at a time: a spread of many thousand children would overflow the call's arguments.
      // The list read once: linkedom builds it afresh on each read.)
      const children = element.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
    }
  }
  return found;
}

export function ariaTablesAsTables(document: Document): void {
  // Innermost first: a grid inside another's cell is a <table> by the time its outer one is read.
  for (const grid of [...document.querySelectorAll(GRID)].reverse()) {
    const rows = own(grid, ROW_ROLES);
    if (rows.length === 0) continue;
    const table = document.createElement("table");
    const head = document.createElement("thead");
    const body = document.createElement("tbody");
    // (Counted here, not read from the <tbody>: linkedom builds its child list afresh each time.)
    let bodyRows = 0;
    let headRows = 0;
    for (const row of rows) {
      const cells = own(row, CELL_ROLES);
      if (cells.length === 0) continue;
      const header = cells.every((cell) => cell.getAttribute("role") === "columnheader");
      const tr = document.createElement("tr");
      for (const cell of cells) {
        const td = document.createElement(header ? "th" : "td");
        td.append(...cell.childNodes);
        tr.append(td);
      }
      if (header && bodyRows === 0) {
        head.append(tr);
        headRows++;
      } else {
        body.append(tr);
        bodyRows++;
      }
    }
    if (headRows > 0) table.append(head);
    table.append(body);
    grid.replaceWith(table);
  }
}
