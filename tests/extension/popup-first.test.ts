// @vitest-environment jsdom
// popup.html asks the tab first and loads the rest of the popup after (entrypoints/popup-first.ts, wxt.config.ts):
// what waits in the template must all be added, the module only once the style sheet is there.
import { describe, expect, it } from 'vitest';
import { loadTheRest } from '../../entrypoints/popup-first';

const page = (later: string) => {
  const doc = document.implementation.createHTMLDocument('popup');
  doc.head.innerHTML = `<template id="cp-later">${later}</template>`;
  return doc;
};
const MODULE = '<script type="module" src="/chunks/popup.js"></script>';
const PRELOAD = '<link rel="modulepreload" href="/chunks/theme.js">';
const STYLE = '<link rel="stylesheet" href="/assets/theme.css">';

describe('the popup loads the rest after its question', () => {
  it('adds the preloads and the style sheet at once, the module once the style sheet has loaded', () => {
    const doc = page(MODULE + PRELOAD + STYLE);
    loadTheRest(doc);
    expect(doc.head.querySelector('link[rel=modulepreload]')?.getAttribute('href')).toBe('/chunks/theme.js');
    const style = doc.head.querySelector('link[rel=stylesheet]')!;
    expect(style).not.toBeNull();
    expect(doc.head.querySelector('script[type=module]')).toBeNull();
    style.dispatchEvent(new Event('load'));
    expect(doc.head.querySelector('script[type=module]')?.getAttribute('src')).toBe('/chunks/popup.js');
  });

  it('adds the module when the style sheet fails too, and at once without one', () => {
    const failed = page(MODULE + STYLE);
    loadTheRest(failed);
    failed.head.querySelector('link[rel=stylesheet]')!.dispatchEvent(new Event('error'));
    expect(failed.head.querySelectorAll('script[type=module]').length).toBe(1);
    const bare = page(MODULE);
    loadTheRest(bare);
    expect(bare.head.querySelectorAll('script[type=module]').length).toBe(1);
  });

  it('does nothing on a page without the template', () => {
    const doc = document.implementation.createHTMLDocument('popup');
    loadTheRest(doc);
    expect(doc.head.children.length).toBe(1); // the title
  });
});
