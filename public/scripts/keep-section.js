// Progressive enhancement for the language switcher: when the reader is at a highlight
// (#highlight-05), the link to the other language keeps that fragment. Section ids are the
// same in every locale. Without JavaScript the plain link still works (to the page top).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-keep-hash]') : null;
  if (!link || !/^#highlight-\d+$/.test(location.hash)) return;
  const url = new URL(link.href);
  url.hash = location.hash;
  link.href = url.href;
});
