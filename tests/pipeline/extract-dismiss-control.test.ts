// A control that closes the box it stands in (an app's advert after the story, "No thanks. Keep reading here.") is
// no text of the story: its script names one of its own ancestors by id. A control acting on another element stays.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const layer = (attrs: string) => `<div id="appLayer" class="layer"><div class="head">Read us in the app</div>
<div class="row"><div class="col" ${attrs}>No thanks. Keep reading here.</div></div></div>`;

describe('a control that closes its own box', () => {
  it('leaves with its label, by a data attribute or an onclick naming the box', () => {
    expect(runHtml(page(prose(5) + layer(`data-handler="Toggle" data-toggle='{"target": "#appLayer"}'`))).article!.text).not.toContain('No thanks');
    expect(runHtml(page(prose(5) + layer(`onclick='$("#appLayer").hide()'`))).article!.text).not.toContain('No thanks');
  });
  it('stays when its script acts on another element', () => {
    expect(runHtml(page(prose(5) + layer(`data-toggle='{"target": "#menu"}'`))).article!.text).toContain('No thanks');
  });
});
