/** Word lists for the synthetic recap generator (fictional people and organisations). */

export const CITIES = [
  { name: 'Beijing', zh: '北京', slug: 'beijing', venues: ['Haidian Tech Commons, Hall 2', 'Zhongguancun Innovation Hub', '中关村创业大街会议室'] },
  { name: 'Shanghai', zh: '上海', slug: 'shanghai', venues: ['Xuhui Riverside Makerspace', 'Zhangjiang Developer Loft', '张江科学会堂'] },
  { name: 'Shenzhen', zh: '深圳', slug: 'shenzhen', venues: ['Nanshan Software Park, Building 5', '深圳湾创业广场'] },
  { name: 'Hangzhou', zh: '杭州', slug: 'hangzhou', venues: ['West Lake Tech Salon', '云栖小镇会议中心'] },
  { name: 'Chengdu', zh: '成都', slug: 'chengdu', venues: ['Tianfu Software Park, Zone C', '天府软件园 C 区会议中心'] },
  { name: 'Guangzhou', zh: '广州', slug: 'guangzhou', venues: ['Tianhe Developer Centre', '琶洲互联网创新集聚区'] },
  { name: 'Wuhan', zh: '武汉', slug: 'wuhan', venues: ['Optics Valley Coworking', '光谷软件园'] },
  { name: 'Nanjing', zh: '南京', slug: 'nanjing', venues: ['Xinjiekou Tech Hall'] },
  { name: 'Singapore', zh: '新加坡', slug: 'singapore', venues: ['One-North Community Space', 'Marina Developer Hub'] },
] as const;

export const TOPICS = [
  { tag: 'kubernetes', en: 'Kubernetes', zh: 'Kubernetes', community: 'Kubernetes User Group', zhCommunity: 'Kubernetes 用户组' },
  { tag: 'cloud-native', en: 'Cloud Native', zh: '云原生', community: 'Cloud Native Meetup', zhCommunity: '云原生社区' },
  { tag: 'rust', en: 'Rust', zh: 'Rust', community: 'Rust Meetup', zhCommunity: 'Rust 开发者社区' },
  { tag: 'webassembly', en: 'Wasm', zh: 'Wasm', community: 'WebAssembly Meetup', zhCommunity: 'WebAssembly 技术沙龙' },
  { tag: 'databases', en: 'Database', zh: '数据库', community: 'Database Meetup', zhCommunity: '数据库技术沙龙' },
  { tag: 'observability', en: 'Observability', zh: '可观测性', community: 'Observability Salon', zhCommunity: '可观测性沙龙' },
  { tag: 'ai', en: 'AI Engineering', zh: 'AI 工程', community: 'AI Engineering Night', zhCommunity: 'AI 工程实践社区' },
  { tag: 'frontend', en: 'Frontend', zh: '前端', community: 'Frontend Meetup', zhCommunity: '前端技术沙龙' },
  { tag: 'platform-engineering', en: 'Platform Engineering', zh: '平台工程', community: 'Platform Engineering Day', zhCommunity: '平台工程社区' },
  { tag: 'security', en: 'Security', zh: '安全', community: 'DevSecOps Meetup', zhCommunity: '开发安全社区' },
  { tag: 'go', en: 'Go', zh: 'Go', community: 'Gopher Meetup', zhCommunity: 'Go 语言社区' },
  { tag: 'open-source', en: 'Open Source', zh: '开源', community: 'Open Source Night', zhCommunity: '开源之夜' },
] as const;

export const EXTRA_TAGS = [
  'edge-computing',
  'operations',
  'performance',
  'testing',
  'service-mesh',
  'gpu',
  'serverless',
  'linux',
  'ebpf',
  'postgresql',
  'react',
  'typescript',
  'green-computing',
  'chaos-engineering',
];

export const FORMATS_EN = ['Night', 'Meetup', 'Day', 'Salon', 'Summit', 'Workshop', 'Hack Evening'];
export const FORMATS_ZH = ['技术沙龙', '开发者大会', '线下交流会', '技术之夜', '实践日'];

const EN_GIVEN = [
  'Li',
  'Wang',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Xu',
  'Sun',
  'Hu',
  'Zhu',
  'Gao',
  'Lin',
  'He',
  'Guo',
  'Ma',
  'Luo',
];
const EN_NAMES = [
  'Na',
  'Wei',
  'Jing',
  'Lei',
  'Yan',
  'Tao',
  'Min',
  'Jun',
  'Xiao',
  'Hui',
  'Bo',
  'Ying',
  'Qiang',
  'Fang',
  'Yi',
  'Hao',
  'Lan',
  'Peng',
  'Rui',
  'Xin',
];
const WESTERN = [
  'Alice Martin',
  'Daniel Kim',
  'Priya Raman',
  'Tom Becker',
  'Sara Lindqvist',
  'Kenji Sato',
  'Maya Cohen',
  'Lucas Ferreira',
  'Nina Petrova',
  'Omar Haddad',
  'Grace Tan',
  'Arjun Mehta',
];
const ZH_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const ZH_GIVEN = ['敏', '伟', '静', '磊', '艳', '涛', '军', '晓峰', '慧', '波', '颖', '强', '芳', '毅', '浩然', '岚', '鹏', '睿', '欣怡', '子涵'];

export const ROLES_EN = [
  'Maintainer',
  'Staff engineer',
  'SRE lead',
  'Platform architect',
  'Database engineer',
  'Frontend architect',
  'Security engineer',
  'Engineering manager',
  'Developer advocate',
  'Principal engineer',
];
export const ROLES_ZH = ['维护者', '高级工程师', '架构师', '技术负责人', '数据库架构师', 'SRE 负责人', '开发者布道师', '研发经理'];
export const ORGS = [
  'Pudong Fintech',
  'Haidian Cloud',
  'Westlake Data',
  'Nanshan Devices',
  'Tianfu Games',
  'Pearl River Logistics',
  'Optics Valley AI',
  'Lion City Payments',
  'Open Runtime Foundation',
  '蜀信银行',
  '云杉科技',
  '星河数据',
];

export interface SpeakerDef {
  name: string;
  role: string;
  affiliation?: string;
}

/** A fixed pool of fictional speakers; the generator picks from it with a skew so many speakers recur. */
export function speakerPool(): SpeakerDef[] {
  const pool: SpeakerDef[] = [];
  let n = 0;
  const org = () => (n % 7 === 3 ? undefined : ORGS[(n * 5) % ORGS.length]);
  for (const w of WESTERN) pool.push({ name: w, role: ROLES_EN[n++ % ROLES_EN.length], affiliation: org() });
  for (let i = 0; i < EN_GIVEN.length; i++) {
    for (let j = i % 3; j < EN_NAMES.length; j += 3) {
      pool.push({ name: `${EN_GIVEN[i]} ${EN_NAMES[j]}`, role: ROLES_EN[n++ % ROLES_EN.length], affiliation: org() });
    }
  }
  for (let i = 0; i < ZH_SURNAMES.length; i++) {
    for (let j = i % 4; j < ZH_GIVEN.length; j += 4) {
      pool.push({ name: `${ZH_SURNAMES[i]}${ZH_GIVEN[j]}`, role: ROLES_ZH[n++ % ROLES_ZH.length], affiliation: org() });
    }
  }
  // Interleave so that the popular (low-index) speakers mix both scripts.
  return pool
    .map((s, i) => ({ s, k: (i * 7919) % pool.length }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.s);
}

export const EN_TITLE_PARTS = {
  lead: ['Lessons from', 'Scaling', 'Debugging', 'Five years of', 'Migrating to', 'Hardening', 'Measuring', 'Rethinking', 'Shipping', 'Operating'],
  object: [
    'multi-cluster fleets',
    'admission webhooks',
    'GPU scheduling',
    'edge inference',
    'a Postgres upgrade',
    'the component model',
    'service mesh sidecars',
    'flaky integration tests',
    'cost-aware autoscaling',
    'an internal developer platform',
    'tracing at 1M spans/s',
    'zero-downtime schema changes',
  ],
  tail: ['in production', 'on a budget', 'without a rewrite', 'at 3 a.m.', 'for a small team', 'across three regions', ''],
};
export const ZH_TITLE_PARTS = {
  lead: ['从零到一：', '实战：', '踩坑记录：', '深入理解', '五年回顾：', '如何做好'],
  object: [
    '多集群管理',
    '大模型推理服务',
    '国产化数据库迁移',
    'GPU 调度',
    '服务网格落地',
    '平台工程',
    '混沌工程',
    '可观测性体系',
    '前端性能优化',
    '零停机发布',
  ],
  tail: ['的经验与教训', '在金融场景的实践', '的成本治理', '的演进之路', ''],
};

export const EN_SENTENCES = [
  'The talk opened with a timeline of incidents that pushed the team to change its approach.',
  'Most of the room had hit the same wall, judging by the questions afterwards.',
  'Benchmarks compared the old and new setups on identical hardware, and the gap was smaller than expected.',
  'A live demo walked through the rollout plan step by step, including the rollback path.',
  'The speaker argued that guardrails matter more than heroics when on-call rotations are thin.',
  'Slides included a dashboard screenshot showing p99 latency before and after the change.',
  'Questions focused on how the approach works with legacy services that cannot be rebuilt.',
  'The migration took two quarters, with dual writes and nightly consistency checks along the way.',
  'Cost dropped by roughly a third once idle capacity was reclaimed automatically.',
  'Testing ran the same suite in CI and in a staging cluster that mirrors production traffic.',
];
export const ZH_SENTENCES = [
  '分享首先回顾了促使团队改变做法的几次线上故障。',
  '从会后提问来看，现场不少人都遇到过同样的问题。',
  '在相同硬件上对比了新旧两套方案，差距比预想的小。',
  '现场演示了完整的灰度发布流程，包括回滚路径。',
  '讲者认为，在值班人手紧张时，护栏比个人英雄主义更重要。',
  '幻灯片展示了变更前后 p99 延迟的监控截图。',
  '提问集中在无法重构的存量服务如何接入。',
  '整个迁移历时两个季度，期间坚持双写与每晚数据比对。',
  '闲置资源自动回收后，成本下降了约三分之一。',
  '同一套测试用例既在 CI 中运行，也在镜像生产流量的预发集群中运行。',
];
