// The DOM walks every stage relies on: document order, depths, the elements after the headline (found by the walk
// or handed in by a caller that found the headline on its own walk).
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { afterHeadline, eachElement, elementsAfterHeadline, firstHeadline, tagged } from '../../lib/dom';

const page = (body: string) => parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
const names = (els: Element[]) => els.map((e) => e.id || e.tagName.toLowerCase());

describe('eachElement', () => {
  it('visits every element in document order with its depth, and stops when told', () => {
    const doc = page('<div id="a"><p id="b"><span id="c"></span></p><p id="d"></p></div><p id="e"></p>');
    const seen: string[] = [];
    eachElement(doc.body, (el, d) => { seen.push(`${el.id || el.tagName.toLowerCase()}:${d}`); });
    expect(seen).toEqual(['body:1', 'a:2', 'b:3', 'c:4', 'd:3', 'e:2']);
    const some: string[] = [];
    eachElement(doc.body, (el) => { some.push(el.id); return el.id !== 'c'; });
    expect(some).toEqual(['', 'a', 'b', 'c']);
  });
});

describe('afterHeadline', () => {
  const body = '<nav><p id="menu">x</p></nav><header><h1 id="h"><span id="in">t</span></h1><figure id="f"><img id="i"></figure></header>' +
    '<div><p id="p1">a</p><h1 id="h2">b</h1><p id="p2">c</p></div><p id="p3">d</p>';

  it('lists the elements of the given tags after the first h1, further h1s included, up to the limit', () => {
    const doc = page(body);
    expect(names(afterHeadline(doc, new Set(['P', 'IMG']), 10))).toEqual(['i', 'p1', 'h2', 'p2', 'p3']);
    expect(names(afterHeadline(doc, new Set(['P', 'IMG']), 3))).toEqual(['i', 'p1', 'h2']);
    expect(names(afterHeadline(doc, new Set(['SPAN']), 10))).toEqual(['in', 'h2']);
  });

  it('gives the same from a headline the caller found, and nothing when there is none', () => {
    const doc = page(body);
    const h1 = firstHeadline(doc);
    expect(h1?.id).toBe('h');
    for (const limit of [1, 2, 4, 10])
      expect(afterHeadline(doc, new Set(['P', 'FIGURE']), limit, h1)).toEqual(afterHeadline(doc, new Set(['P', 'FIGURE']), limit));
    // one at a time: the same elements, and a caller that stops early stops the walk
    expect([...elementsAfterHeadline(doc, new Set(['P', 'FIGURE']), 10, h1)]).toEqual(afterHeadline(doc, new Set(['P', 'FIGURE']), 10));
    const walk = elementsAfterHeadline(doc, new Set(['P']), 10);
    expect(walk.next().value?.id).toBe('p1');
    expect(walk.next().value?.id).toBe('h2');
    const none = page('<p>a</p><h2>b</h2>');
    expect(firstHeadline(none)).toBeNull();
    expect(afterHeadline(none, new Set(['P']), 5)).toEqual([]);
    expect(afterHeadline(doc, new Set(['P']), 5, null)).toEqual([]);
  });
});

describe('tagged', () => {
  it("lists what querySelectorAll(tag) lists (none inside a template), walking each ancestor once, not once a link", () => {
    const deep = (inner: string) => '<div>'.repeat(30) + inner + '</div>'.repeat(30);
    const links = Array.from({ length: 40 }, (_, i) => `<a id="a${i}" href="/${i}">${i}</a>`).join('');
    const doc = page(deep(links) + `<template><div><a id="t1"></a>${deep('<a id="t2"></a>')}</div></template><p><a id="last"></a></p>`);
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.body)) as object;
    let owner: object | null = proto;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'parentElement')) owner = Object.getPrototypeOf(owner) as object | null;
    const spy = vi.spyOn(owner as { parentElement: Element | null }, 'parentElement', 'get');
    const found = tagged(doc, 'a');
    const reads = spy.mock.calls.length;
    spy.mockRestore();
    expect(names(found)).toEqual(names(Array.from(doc.querySelectorAll('a'))));
    expect(names(found)).toHaveLength(41);
    expect(reads).toBeLessThan(200); // 42 links, ~70 ancestors: one walk up each, not ~1 400 steps
  });
});
