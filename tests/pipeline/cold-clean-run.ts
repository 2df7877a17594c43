// The cold-path gate tests of the clean (clean-cold-gates, clean-cold-rule-gates): a plain three-paragraph story, a
// clean of some markup with the spied rules' calls reset, and which spied rules were called.
import { cleanArticle } from '../../lib/clean/index';
import { PageBlocks } from '../../lib/blocks';
import { parse } from './helpers';

export const ferryStory = [
  'The ferry to the island will run twice a day from May, the operator said on Monday after a winter of complaints from the people who live there.',
  'A second boat, bought from a company in the north, is being refitted in the yard at the harbour and should be ready before the summer season starts.',
  'Islanders said the new timetable would let children reach the school on the mainland without leaving home before dawn, as many have had to do.',
];

export function spiedCleanRun(spied: Record<string, { mockClear(): unknown; mock: { calls: unknown[] } }>) {
  const clean = (html: string) => {
    const body = parse(`<html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
    for (const f of Object.values(spied)) f.mockClear();
    return cleanArticle(body, { page: new PageBlocks(body), siteName: 'Island News', url: 'https://islandnews.example/ferry' });
  };
  const called = () => Object.entries(spied).filter(([, f]) => f.mock.calls.length).map(([k]) => k).sort();
  return { clean, called };
}
