// Copy a feed URL to the clipboard (falls back to selecting the text); the button then says so in
// words, and screen readers hear it through the page's live region (#live-status in base.html).
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const input = document.getElementById(button.dataset.copy);
  const live = document.getElementById("live-status");
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
  } catch (error) {
    document.execCommand("copy");
  }
  const said = button.dataset.done || (live && live.dataset.copied) || "✔";
  if (!button.dataset.label) button.dataset.label = button.textContent;
  button.textContent = said;
  if (live) {
    live.textContent = "";
    setTimeout(() => { live.textContent = said; }, 50);  // a change the screen reader announces
  }
  clearTimeout(button.copyTimer);
  button.copyTimer = setTimeout(() => { button.textContent = button.dataset.label; }, 4000);
});
