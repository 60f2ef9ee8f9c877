/**
 * The first frame, drawn with the DOM alone (no React: evaluating React is the largest cost
 * of a start, and this frame must not wait for it). A picture of the app as it will look in a
 * moment, with AppShell's classes so nothing moves when the app replaces it: the sidebar (or
 * the narrow window's bar) and, on Today, its heading. It is `inert` and hidden from screen
 * readers, who hear "Opening your planner…" and then the real screen. Text goes in through
 * textContent only; every string here is the app's own.
 */
import { sectionAt, SECTIONS } from '../app/section-list';
import type { ShellStrings } from '../i18n/shell.en';

type Section = (typeof SECTIONS)[number];

/** The section a hash route belongs to ("" and "#/" are Today), as the navigation marks it. */
const sectionOfHash = (hash: string): Section | null => sectionAt(hash.replace(/^#/, '') || '/');

function element(
  tag: string,
  className: string | null,
  children: readonly (Node | string)[] = [],
): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function navigation(strings: ShellStrings, current: Section | null): HTMLElement {
  const items = SECTIONS.map((section) => {
    const link = element('span', 'nav-link', [strings.nav[section.id]]);
    if (section === current) link.setAttribute('aria-current', 'page');
    return element('li', null, [link]);
  });
  const menu = element('div', 'sidebar-menu', [element('nav', null, [element('ul', 'nav-list', items)])]);
  menu.dataset.open = 'false';
  return menu;
}

function sidebar(strings: ShellStrings, current: Section | null): HTMLElement {
  const menuButton = element('span', 'menu-button', [
    element('span', 'menu-icon'),
    element('span', null, [strings.nav.menu]),
    ...(current ? [element('span', 'menu-current', [strings.nav[current.id]])] : []),
  ]);
  const brand = element('div', 'brand', [
    element('span', 'brand-name', [strings.app.name]),
    element('span', 'brand-tagline', [strings.app.tagline]),
  ]);
  // The save status as the app shows it before any change: the narrow bar keeps its layout.
  const saveStatus = element('p', 'save-status', [strings.save.saved]);
  return element('aside', 'sidebar', [
    element('div', 'sidebar-inner', [brand, saveStatus, menuButton, navigation(strings, current)]),
  ]);
}

/** Replaces `container`'s content (the boot message) with the frame. */
export function drawFirstFrame(container: HTMLElement, strings: ShellStrings, hash: string): void {
  const current = sectionOfHash(hash);
  const heading =
    current?.id === 'today'
      ? [element('header', 'section-heading', [element('h1', null, [strings.todayTitle])])]
      : [];
  const main = element('main', 'content', [...heading, element('p', 'muted-text', [strings.app.loading])]);
  const picture = element('div', 'app-shell first-frame', [sidebar(strings, current), main]);
  picture.setAttribute('aria-hidden', 'true');
  picture.setAttribute('inert', '');
  // What screen readers hear meanwhile, as they did before the first frame existed.
  const status = element('p', 'visually-hidden', [strings.app.loading]);
  status.setAttribute('role', 'status');
  container.replaceChildren(status, picture);
}
