// Progressive enhancement only: every page works without this file.
// Selects marked data-autosubmit submit their form when changed.
document.addEventListener('change', (e) => {
  const el = e.target;
  if (el instanceof HTMLSelectElement && el.hasAttribute('data-autosubmit') && el.form) el.form.requestSubmit();
});
