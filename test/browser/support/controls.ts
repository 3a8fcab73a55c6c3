// A crawler for "every control works": finds the pane's interactive controls by their ARIA role
// (the spec's widget roles, not a list of our controls), clicks or opens each one with the mouse
// (and comboboxes with the keyboard too), and checks after each that the pane can still be seen
// (no layer over it: the bug of a FluentProvider class copied onto Fluent's popup layer) and that
// the control did what its role says.
import type { Locator, Page } from 'playwright-core';

/** ARIA's widget roles a person can operate (WAI-ARIA 1.2, "widget roles"). */
export const WIDGET_ROLES = [
  'button',
  'checkbox',
  'combobox',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'treeitem',
] as const;
export type WidgetRole = (typeof WIDGET_ROLES)[number];

export interface Control {
  role: WidgetRole;
  name: string;
  /** A native <select> (its list is drawn by the browser, outside the page). */
  nativeSelect: boolean;
  disabled: boolean;
}

export interface Visit extends Control {
  state: string;
  how: 'mouse' | 'keyboard';
  effect: string;
  ms?: number;
}

/**
 * The controls of each widget role inside `scope`, in the accessibility tree (not hidden). Each
 * role's elements are described in one call (evaluateAll does not wait): describing them one by
 * one through `nth(i)` raced the pane's own changes (a list rendered in slices, a message closing
 * itself), and every element gone in between cost Playwright's 30 s wait.
 */
export async function controlsIn(scope: Locator): Promise<{ control: Control; at: Locator }[]> {
  const out: { control: Control; at: Locator }[] = [];
  for (const role of WIDGET_ROLES) {
    const all = scope.getByRole(role);
    const infos = await all.evaluateAll((els) =>
      els.map((el) => {
        // Near enough an accessible name to tell controls apart.
        const text = (n: Element | null) =>
          (n ? ((n as HTMLElement).innerText ?? n.textContent ?? '') : '').replace(/\s+/g, ' ').trim();
        const nameOf = (): string => {
          const label = el.getAttribute('aria-label');
          if (label) return label.trim();
          const by = el.getAttribute('aria-labelledby');
          if (by)
            return by
              .split(/\s+/)
              .map((id) => text(document.getElementById(id)))
              .join(' ')
              .trim();
          if (el.id) {
            const l = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
            if (l) return text(l);
          }
          const wrap = el.closest('label');
          if (wrap) return text(wrap);
          return text(el).slice(0, 80);
        };
        const r = el.getBoundingClientRect();
        return {
          name: nameOf(),
          nativeSelect: el.tagName === 'SELECT',
          disabled:
            (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true',
          visible: r.width > 0 && r.height > 0,
        };
      }),
    );
    infos.forEach((info, i) => {
      if (!info.visible) return;
      out.push({
        control: { role, name: info.name, nativeSelect: info.nativeSelect, disabled: info.disabled },
        at: all.nth(i),
      });
    });
  }
  return out;
}

export const signature = (c: Control) => `${c.role}:${c.name}`;

/**
 * Points over the pane where something that is not the pane (nor a popup a control opened: a
 * listbox, menu, dialog, tooltip or popover) is what the mouse would hit: a layer over the pane.
 */
export function coveredPoints(page: Page, paneSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const pane = document.querySelector(selector);
    if (!pane) return ['the pane is gone'];
    const r = pane.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, window.innerHeight);
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, window.innerWidth);
    const bad: string[] = [];
    for (let i = 1; i <= 5; i++)
      for (let j = 1; j <= 5; j++) {
        const x = left + ((right - left) * i) / 6;
        const y = top + ((bottom - top) * j) / 6;
        const el = document.elementFromPoint(x, y);
        if (!el || pane.contains(el)) continue;
        if (
          el.closest(
            '[role="listbox"],[role="menu"],[role="dialog"],[role="alertdialog"],[role="tooltip"],.fui-PopoverSurface',
          )
        )
          continue;
        bad.push(
          `(${Math.round(x)}, ${Math.round(y)}): <${el.tagName.toLowerCase()} class="${String(el.getAttribute('class')).slice(0, 60)}"${el.closest('[data-portal-node]') ? ' in a portal layer' : ''}>`,
        );
      }
    return bad;
  }, paneSelector);
}

/** A fingerprint of what a person sees of the pane and its popups, to tell whether a click did anything. */
export function seen(page: Page, paneSelector: string): Promise<string> {
  return page.evaluate((selector) => {
    const pane = document.querySelector(selector);
    const popups = [...document.querySelectorAll('[role="listbox"],[role="menu"],[role="dialog"]')].map(
      (p) => (p as HTMLElement).innerText,
    );
    const states = [...(pane?.querySelectorAll('[aria-expanded],[aria-selected],[aria-checked]') ?? [])].map(
      (e) =>
        `${e.getAttribute('aria-expanded')}${e.getAttribute('aria-selected')}${e.getAttribute('aria-checked')}`,
    );
    const values = [...(pane?.querySelectorAll('input,select,textarea') ?? [])].map(
      (e) => `${(e as HTMLInputElement).value}${(e as HTMLInputElement).checked}`,
    );
    return JSON.stringify([(pane as HTMLElement | null)?.innerText ?? '', popups, states, values]);
  }, paneSelector);
}

/** The listbox a combobox opened: shown, with options, on top where its first option is. */
export async function openListbox(page: Page, combobox: Locator): Promise<string | null> {
  const expanded = await combobox.getAttribute('aria-expanded');
  if (expanded !== 'true') return 'aria-expanded is not true';
  const id = await combobox.getAttribute('aria-controls');
  const list = id ? page.locator(`[id="${id}"]`) : page.getByRole('listbox').last();
  try {
    await list.waitFor({ state: 'visible', timeout: 3000 });
  } catch {
    return 'no listbox became visible';
  }
  const options = list.getByRole('option');
  if ((await options.count()) === 0) return 'the listbox has no options';
  const onTop = await options.first().evaluate((o) => {
    const r = o.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && o.contains(hit);
  });
  return onTop ? null : 'the listbox is hidden under something';
}
