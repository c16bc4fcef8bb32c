import { describe, expect, it } from 'vitest';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { RegistryMerger } from './speakers-yml';

describe('the exported speaker registry', () => {
  it('keeps file people, adds names and people from the admin, and never gives one name to two people', () => {
    const merger = new RegistryMerger();
    merger.addFilePeople([{ slug: 'zhang-xiao', names: { en: 'Zhang Xiao', zh: '张潇' }, aliases: [], links: {}, source: 'file' }]);
    merger.addDatabasePerson({
      slug: 'zhang-xiao',
      source: 'file',
      homepage: null,
      github: null,
      names: [
        { name: 'Zhang Xiao', kind: 'en', source: 'file' },
        { name: 'Xiao Zhang', kind: 'alias', source: 'db' }, // the same name once normalised: already there
        { name: 'ZX', kind: 'alias', source: 'db' },
      ],
    });
    merger.addDatabasePerson({
      slug: 'gao-lin',
      source: 'db',
      homepage: 'https://gao.example',
      github: 'gaolin',
      names: [
        { name: 'Gao Lin', kind: 'en', source: 'db' },
        { name: '张潇', kind: 'alias', source: 'db' }, // Zhang Xiao's: left out
        { name: 'Lin "Go" Gao', kind: 'alias', source: 'db' },
      ],
    });
    const parsed = parseRegistryFile(merger.text());
    expect(parsed.problems).toEqual([]);
    expect(parsed.people).toEqual([
      { slug: 'gao-lin', names: { en: 'Gao Lin' }, aliases: ['Lin "Go" Gao'], links: { homepage: 'https://gao.example', github: 'gaolin' }, source: 'file' },
      { slug: 'zhang-xiao', names: { en: 'Zhang Xiao', zh: '张潇' }, aliases: ['ZX'], links: {}, source: 'file' },
    ]);
  });
});
