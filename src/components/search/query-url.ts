/**
 * Keeps the search page's query in the URL (?q=…): a link with ?q= starts that search, and typing
 * updates the address so a search can be shared or bookmarked.
 */
export function syncQueryWithUrl(): void {
  const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  let tries = 0;
  const attach = () => {
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (!input) {
      if (tries++ < 100) requestAnimationFrame(attach);
      return;
    }
    if (!input.id) input.id = 'zoekterm';
    if (initial) {
      input.value = initial;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    input.addEventListener('input', () => {
      const q = input.value.trim();
      history.replaceState(null, '', q ? `${location.pathname}?q=${encodeURIComponent(q)}` : location.pathname);
    });
  };
  attach();
}
