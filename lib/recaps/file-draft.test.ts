import { describe, expect, it } from 'vitest';

const FILE = `---
title: "Shenzhen Stop 4"
date: 2027-03-20
city: Shenzhen
venue: Tencent Building
community: OpenTenBase
description: "The fourth stop."
tags: [cloud-native]
locale: en
translationKey: shenzhen-2027
published: 2026-12-01
author: OpenTenBase Community
announcement: true
start: "14:00"
end: "17:30"
timeZone: Asia/Shanghai
registration: https://example.org/register
eventStatus: rescheduled
previousDate: 2027-03-13
previousStart: "14:00"
series: cloud-native-practice
seriesName: Cloud Native Practice
seriesStop: 4
---

<Talk title="Agenda item" speakers="Ann Example (Engineer, Example Co)" start="14:30" />
`;

describe('a file recap copied into a draft', () => {
  it('keeps every field, the event’s too, with the new slug and author, and not the translation key', async () => {
    const { draftOfFile } = await import('./file-draft');
    const copy = draftOfFile(FILE, 'shenzhen-stop-4-copy', 'Li Lei');
    expect(copy?.fields).toMatchObject({
      slug: 'shenzhen-stop-4-copy',
      author: 'Li Lei',
      date: '2027-03-20',
      venue: 'Tencent Building',
      tags: 'cloud-native',
      start: '14:00',
      end: '17:30',
      timeZone: 'Asia/Shanghai',
      registration: 'https://example.org/register',
      eventStatus: 'rescheduled',
      previousDate: '2027-03-13',
      previousStart: '14:00',
      series: 'cloud-native-practice',
      seriesName: 'Cloud Native Practice',
      seriesStop: '4',
      announcement: 'true',
    });
    expect(copy?.fields).not.toHaveProperty('translationKey');
    expect(copy?.body).toContain('start="14:30"');
  });

  it('refuses a file whose front matter no longer passes', async () => {
    const { draftOfFile } = await import('./file-draft');
    expect(draftOfFile('no front matter', 'x', 'y')).toBeNull();
  });
});
