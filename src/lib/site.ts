/** Site-wide constants: name, navigation. */
export const SITE_NAME = 'Veiligwijzer';
export const SITE_TAGLINE = 'Praktische kennis voor veiligheid, zorg en justitie';

export interface NavItem {
  label: string;
  href: string;
}

export const MAIN_NAV: NavItem[] = [
  { label: "Thema's", href: '/themas/' },
  { label: 'Gidsen', href: '/gidsen/' },
  { label: 'Praktijkvoorbeelden', href: '/praktijkvoorbeelden/' },
  { label: 'Instrumenten', href: '/instrumenten/' },
  { label: 'Begrippen', href: '/begrippen/' },
  { label: 'Bronnen', href: '/bronnen/' },
];

export const FOOTER_NAV: NavItem[] = [
  { label: 'Over Veiligwijzer', href: '/over/' },
  { label: 'Toegankelijkheid', href: '/toegankelijkheid/' },
  { label: 'Privacy', href: '/privacy/' },
  { label: 'Zoeken', href: '/zoeken/' },
];

/** Is `href` the current section of `path`? ("/gidsen/x/" is in "/gidsen/"). */
export function isCurrentSection(path: string, href: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return href !== '/' && norm(path).startsWith(norm(href));
}
