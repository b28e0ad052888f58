// Progressive enhancements; without JavaScript every link works as a plain link.
// 1. Language switcher: its links follow the section being read (section ids are the same in
//    every locale), updated as the reader scrolls and again at the click, so switching language
//    at 亮点八 opens the other edition at #highlight-08 — index used or not. Above the first
//    section the links go to the other edition's top.
// 2. Permalink of a highlight: copies the section's URL to the clipboard, where allowed, and says
//    so in the section's status line (the words once on the article, not on each of ten links);
//    otherwise the link simply goes to the section.
const switchers = document.querySelectorAll('a[data-keep-hash]');
const sections = document.querySelectorAll('section.highlight[id]');

/** The section whose top has passed the upper third of the viewport last, if any. */
function sectionInView() {
  const line = innerHeight / 3;
  let current = '';
  for (const section of sections) {
    if (section.getBoundingClientRect().top <= line) current = section.id;
    else break;
  }
  return current;
}

function followReader() {
  const id = sectionInView();
  for (const link of switchers) {
    const url = new URL(link.href);
    url.hash = id ? `#${id}` : '';
    link.href = url.href;
  }
}

let queued = false;
addEventListener('scroll', () => {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => { queued = false; followReader(); });
}, { passive: true });
addEventListener('hashchange', followReader);
followReader();

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('a[data-keep-hash]')) {
    followReader();
    return;
  }
  const permalink = target?.closest('a.permalink');
  if (!permalink || !navigator.clipboard || !window.isSecureContext) return;
  event.preventDefault();
  history.replaceState(null, '', permalink.hash);
  const status = permalink.parentElement?.querySelector('.copy-status');
  navigator.clipboard.writeText(permalink.href).then(
    () => { if (status) status.textContent = permalink.closest('[data-copied]')?.dataset.copied ?? ''; },
    () => { location.hash = permalink.hash; },
  );
});
