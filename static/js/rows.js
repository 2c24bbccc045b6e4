// A row htmx swaps in place (「完了」/「元に戻す」) keeps the keyboard focus: the new row's button gets it.
(() => {
  let focusedRowId = null;
  document.addEventListener("htmx:beforeSwap", (event) => {
    const target = event.detail.target;
    focusedRowId = target && target.id && target.contains(document.activeElement) ? target.id : null;
  });
  document.addEventListener("htmx:afterSettle", () => {
    if (!focusedRowId) return;
    const row = document.getElementById(focusedRowId);
    focusedRowId = null;
    const button = row && row.querySelector("button");
    if (button) button.focus();
  });
})();
