import type { RecapSummary } from '@/lib/recaps/types';
import { eventFactsOf } from '@/lib/events/event-facts';
import { parseSpeakers } from '@/lib/recaps/speakers';

/** A recap summary for unit tests, with two talks; `patch` overrides any field. */
export function recapFixture(patch: Partial<RecapSummary> = {}): RecapSummary {
  return {
    title: 'Shenzhen Stop',
    date: '2023-07-15',
    city: 'Shenzhen',
    community: 'OpenTenBase',
    description: 'A recap.',
    tags: ['cloud-native', 'kubernetes'],
    locale: 'en',
    published: '2023-07-20',
    author: 'OpenTenBase Community',
    slug: 'shenzhen-stop',
    lastModified: '2023-07-20',
    source: 'file',
    talks: [
      { id: 'multi-cluster', title: 'Multi-cluster', speakers: parseSpeakers('Zhang Xiao (Lead of the container team, DaoCloud)'), summary: 'x' },
      { id: '圆桌', title: '圆桌', speakers: parseSpeakers('Alice; 李蓉（首席架构师，西岭能源科技）'), summary: 'y' },
    ],
    event: eventFactsOf({ date: patch.date ?? '2023-07-15', city: patch.city ?? 'Shenzhen' }, 'Asia/Shanghai'),
    ...patch,
  };
}
