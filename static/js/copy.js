// Copy a feed URL to the clipboard; falls back to selecting the text.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const input = document.getElementById(button.dataset.copy);
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    button.textContent = button.dataset.done || "✔";
  } catch (error) {
    document.execCommand("copy");
  }
});
