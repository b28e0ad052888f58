// Progressive enhancements; without JavaScript every link works as a plain link.
// 1. Language switcher: when the reader is at a highlight (#highlight-05), the link to the other
//    language keeps that fragment (section ids are the same in every locale).
// 2. Permalink of a highlight: copies the section's URL to the clipboard, where allowed, and says
//    so in the section's status line; otherwise the link simply goes to the section.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const switcher = target?.closest('a[data-keep-hash]');
  if (switcher && /^#highlight-\d+$/.test(location.hash)) {
    const url = new URL(switcher.href);
    url.hash = location.hash;
    switcher.href = url.href;
    return;
  }
  const permalink = target?.closest('a.permalink');
  if (!permalink || !navigator.clipboard || !window.isSecureContext) return;
  event.preventDefault();
  history.replaceState(null, '', permalink.hash);
  const status = permalink.parentElement?.querySelector('.copy-status');
  navigator.clipboard.writeText(permalink.href).then(
    () => { if (status) status.textContent = permalink.dataset.copied ?? ''; },
    () => { location.hash = permalink.hash; },
  );
});
