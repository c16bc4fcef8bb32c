import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { main } from './import-cli';

const SITE = path.join(import.meta.dirname, '../lib/import/fixtures/hugo-site');

describe('npm run import', () => {
  test('--dry-run prints the reports and writes nothing; --out writes a content folder', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main([SITE, '--dry-run'])).toBe(0);
      const printed = JSON.parse(String(log.mock.calls[0][0]));
      expect(printed).toHaveLength(6);
      expect(printed[1]).toMatchObject({ file: 'content/zh/posts/meetup-2023-07.md', outcome: 'dry-run' });

      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
      const reportFile = path.join(out, 'report.json');
      expect(await main([SITE, '--out', out, '--report', reportFile])).toBe(0);
      expect(fs.readdirSync(path.join(out, 'recaps'))).toHaveLength(6);
      expect(JSON.parse(fs.readFileSync(reportFile, 'utf8'))).toHaveLength(6);

      // A post the gate refuses: reported, exit 1, nothing written.
      const lone = path.join(out, 'no-city.md');
      fs.writeFileSync(lone, '---\ntitle: Somewhere\ndate: 2023-05-02\n---\n\nWe met.\n');
      expect(await main([lone, '--out', path.join(out, 'lone')])).toBe(1);
      expect(fs.existsSync(path.join(out, 'lone'))).toBe(false);

      expect(await main([path.join(out, 'missing')])).toBe(2);
      expect(await main([])).toBe(2);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
