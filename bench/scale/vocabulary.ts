/**
 * Word lists for the scale generator: enough cities, tags and names that
 * 100,000 recaps look like many communities over ten years (fictional people
 * and organisations). Speaker n always has the same name, role and
 * affiliation; names never repeat, so every speaker has a page of their own.
 */

export interface City {
  name: string;
  zh: string;
  slug: string;
}

const CITY_LIST: Array<[string, string]> = [
  ['Beijing', '北京'],
  ['Shanghai', '上海'],
  ['Shenzhen', '深圳'],
  ['Hangzhou', '杭州'],
  ['Chengdu', '成都'],
  ['Guangzhou', '广州'],
  ['Wuhan', '武汉'],
  ['Nanjing', '南京'],
  ["Xi'an", '西安'],
  ['Suzhou', '苏州'],
  ['Tianjin', '天津'],
  ['Chongqing', '重庆'],
  ['Changsha', '长沙'],
  ['Xiamen', '厦门'],
  ['Qingdao', '青岛'],
  ['Dalian', '大连'],
  ['Hefei', '合肥'],
  ['Zhengzhou', '郑州'],
  ['Jinan', '济南'],
  ['Kunming', '昆明'],
  ['Fuzhou', '福州'],
  ['Ningbo', '宁波'],
  ['Shenyang', '沈阳'],
  ['Harbin', '哈尔滨'],
  ['Nanning', '南宁'],
  ['Hong Kong', '香港'],
  ['Taipei', '台北'],
  ['Macau', '澳门'],
  ['Singapore', '新加坡'],
  ['Kuala Lumpur', '吉隆坡'],
  ['Tokyo', '东京'],
  ['Seoul', '首尔'],
  ['Bangkok', '曼谷'],
  ['Jakarta', '雅加达'],
  ['Sydney', '悉尼'],
  ['Berlin', '柏林'],
  ['London', '伦敦'],
  ['Paris', '巴黎'],
  ['San Francisco', '旧金山'],
  ['Toronto', '多伦多'],
];
export const CITIES: City[] = CITY_LIST.map(([name, zh]) => ({ name, zh, slug: name.toLowerCase().replace(/[^a-z]+/g, '-') }));

export const VENUE_KINDS_EN = [
  'Tech Commons, Hall 2',
  'Developer Loft',
  'Innovation Hub',
  'Software Park, Building 5',
  'Coworking Space',
  'University Auditorium',
  'Riverside Makerspace',
];
export const VENUE_KINDS_ZH = ['科技园会议中心', '开发者空间', '创新中心报告厅', '软件园 5 号楼', '联合办公空间', '大学礼堂'];

/** Topic words; tags are these alone and with a suffix, a few hundred in all. */
const TOPIC_WORDS = [
  'kubernetes',
  'cloud-native',
  'rust',
  'webassembly',
  'databases',
  'observability',
  'ai',
  'frontend',
  'platform-engineering',
  'security',
  'go',
  'open-source',
  'edge-computing',
  'serverless',
  'ebpf',
  'postgresql',
  'react',
  'typescript',
  'linux',
  'gpu',
  'service-mesh',
  'chaos-engineering',
  'devops',
  'sre',
  'mlops',
  'llm',
  'data-engineering',
  'streaming',
  'kafka',
  'flink',
  'spark',
  'python',
  'java',
  'kotlin',
  'swift',
  'android',
  'ios',
  'flutter',
  'vue',
  'svelte',
  'nodejs',
  'deno',
  'graphql',
  'grpc',
  'api-design',
  'microservices',
  'event-driven',
  'ddd',
  'testing',
  'performance',
  'accessibility',
  'design-systems',
  'web-performance',
  'css',
  'compilers',
  'embedded',
  'iot',
  'robotics',
  'blockchain',
  'privacy',
];
const TAG_SUFFIXES = ['', ' ops', ' security', ' performance', ' testing'];
/** 300 tags, the most common first (pickers skew towards the start). */
export const TAGS: string[] = TAG_SUFFIXES.flatMap((suffix) => TOPIC_WORDS.map((w) => `${w}${suffix}`));

const ZH_TOPIC: Record<string, string> = {
  'cloud-native': '云原生',
  databases: '数据库',
  observability: '可观测性',
  ai: 'AI 工程',
  frontend: '前端',
  'platform-engineering': '平台工程',
  security: '安全',
  'open-source': '开源',
  'edge-computing': '边缘计算',
  'data-engineering': '数据工程',
  streaming: '流计算',
  testing: '测试',
  performance: '性能',
  privacy: '隐私计算',
  embedded: '嵌入式',
  robotics: '机器人',
};
/** How a topic tag reads in a title. */
export function topicTitle(tag: string, zh: boolean): string {
  const word = tag.split(' ')[0];
  if (zh && ZH_TOPIC[word]) return ZH_TOPIC[word];
  return word
    .split('-')
    .map((p) => (p.length <= 3 ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)))
    .join(' ');
}

export const FORMATS_EN = ['Night', 'Meetup', 'Day', 'Salon', 'Summit', 'Workshop', 'Hack Evening', 'Conf', 'Unconference'];
export const FORMATS_ZH = ['技术沙龙', '开发者大会', '线下交流会', '技术之夜', '实践日', '峰会'];

// Speakers: Chinese names (surname + one or two given characters) and Latin
// names (first, middle initial, last), alternating, all distinct.
const ZH_SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文',
];
const ZH_GIVEN = [...'敏伟静磊艳涛军峰慧波颖强芳毅浩岚鹏睿欣涵宇轩晨阳杰婷雪琳博文斌超健明华平刚勇辉亮俊帆凯楠晶倩薇蕾蓉嘉怡佳悦思雨萌诗琪'];
const EN_FIRST = [
  'Alice',
  'Daniel',
  'Priya',
  'Tom',
  'Sara',
  'Kenji',
  'Maya',
  'Lucas',
  'Nina',
  'Omar',
  'Grace',
  'Arjun',
  'Emma',
  'Noah',
  'Olivia',
  'Liam',
  'Sophia',
  'Ethan',
  'Ava',
  'Mateo',
  'Isabel',
  'Hiro',
  'Yuki',
  'Min-jun',
  'Ji-woo',
  'Ananya',
  'Ravi',
  'Fatima',
  'Yusuf',
  'Elena',
  'Marco',
  'Chloe',
  'Leo',
  'Zoe',
  'Felix',
  'Hannah',
  'Jonas',
  'Ingrid',
  'Pablo',
  'Lucia',
  'Wei',
  'Jing',
  'Lei',
  'Tao',
  'Xin',
  'Rui',
  'Hao',
  'Bo',
];
const EN_LAST = [
  'Martin',
  'Kim',
  'Raman',
  'Becker',
  'Lindqvist',
  'Sato',
  'Cohen',
  'Ferreira',
  'Petrova',
  'Haddad',
  'Tan',
  'Mehta',
  'Wang',
  'Li',
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
  'Nguyen',
  'Garcia',
  'Smith',
  'Müller',
  'Rossi',
  'Dubois',
  'Novak',
  'Ivanova',
  'Okafor',
  'Mensah',
  'Silva',
  'Costa',
  'Park',
  'Choi',
  'Tanaka',
  'Suzuki',
  'Ong',
  'Lim',
  'Goh',
  'Ng',
];
const INITIALS = [...'ABCDEFGHJKLMNPRSTW'];

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
  'CTO',
  'Researcher',
  'Student',
];
export const ROLES_ZH = ['维护者', '高级工程师', '架构师', '技术负责人', '数据库架构师', 'SRE 负责人', '开发者布道师', '研发经理', '研究员'];
const ORG_STEMS_EN = [
  'Pudong',
  'Haidian',
  'Westlake',
  'Nanshan',
  'Tianfu',
  'Pearl River',
  'Optics Valley',
  'Lion City',
  'Yangtze',
  'Jade',
  'Harbour',
  'Summit',
  'Blue Whale',
  'Red Maple',
  'Silver Birch',
  'North Star',
];
const ORG_KINDS_EN = ['Fintech', 'Cloud', 'Data', 'Devices', 'Games', 'Logistics', 'AI', 'Payments', 'Labs', 'Robotics', 'Health', 'Energy'];
const ORG_ZH = ['蜀信银行', '云杉科技', '星河数据', '青藤网络', '极光智能', '海鸥物流', '火山引擎实验室', '长江存储', '墨子安全', '麒麟软件'];

export interface SpeakerDef {
  name: string;
  role: string;
  affiliation?: string;
}

/** Given names beyond the first `length` use two characters (or an initial): far more names than any run needs. */
function twoLevel(items: readonly string[], k: number, join: (a: string, b: string) => string): string {
  if (k < items.length) return items[k];
  const r = k - items.length;
  return join(items[r % items.length], items[Math.floor(r / items.length) % items.length]);
}

/** Speaker `n` (0, 1, 2…): the same person every time, a different name for every n below several hundred thousand. */
export function speakerAt(n: number): SpeakerDef {
  const k = Math.floor(n / 2);
  const zh = n % 2 === 0;
  let name: string;
  if (zh) {
    const rest = Math.floor(k / ZH_SURNAMES.length);
    name = `${ZH_SURNAMES[k % ZH_SURNAMES.length]}${twoLevel(ZH_GIVEN, rest, (a, b) => `${a}${b}`)}`;
  } else {
    const rest = Math.floor(k / EN_FIRST.length);
    const last = EN_LAST[rest % EN_LAST.length];
    const more = Math.floor(rest / EN_LAST.length);
    name = `${EN_FIRST[k % EN_FIRST.length]} ${more === 0 ? '' : `${twoLevel(INITIALS, more - 1, (a, b) => `${a}.${b}`)}. `}${last}`;
  }
  const h = Math.imul(n + 1, 0x9e3779b1) >>> 0;
  const role = zh && h % 3 !== 0 ? ROLES_ZH[h % ROLES_ZH.length] : ROLES_EN[h % ROLES_EN.length];
  const affiliation =
    h % 9 === 4
      ? undefined
      : zh && h % 2 === 0
        ? ORG_ZH[(h >>> 4) % ORG_ZH.length]
        : `${ORG_STEMS_EN[(h >>> 4) % ORG_STEMS_EN.length]} ${ORG_KINDS_EN[(h >>> 8) % ORG_KINDS_EN.length]}`;
  return { name, role, affiliation };
}

export const EN_TITLE = {
  lead: [
    'Lessons from',
    'Scaling',
    'Debugging',
    'Five years of',
    'Migrating to',
    'Hardening',
    'Measuring',
    'Rethinking',
    'Shipping',
    'Operating',
    'Testing',
    'Securing',
    'Designing',
    'Replacing',
  ],
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
    'a design system',
    'vector search',
    'a build farm',
    'feature flags',
  ],
  tail: ['in production', 'on a budget', 'without a rewrite', 'at 3 a.m.', 'for a small team', 'across three regions', 'in a bank', 'with open source', ''],
};
export const ZH_TITLE = {
  lead: ['从零到一：', '实战：', '踩坑记录：', '深入理解', '五年回顾：', '如何做好', '重新思考', '落地实践：'],
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
    '向量检索',
    '构建系统',
  ],
  tail: ['的经验与教训', '在金融场景的实践', '的成本治理', '的演进之路', '在中小团队的实践', ''],
};

export const EN_SENTENCES = [
  'The talk opened with a timeline of incidents that pushed the team to change its approach.',
  'Most of the room had hit the same wall, judging by the questions afterwards.',
  'Benchmarks compared the old and new setups on identical hardware, and the gap was smaller than expected.',
  'A live demo walked through the rollout plan step by step, including the rollback path.',
  'The speaker argued that guardrails matter more than heroics when on-call rotations are thin.',
  'Slides included a dashboard showing **p99 latency** before and after the change.',
  'Questions focused on how the approach works with legacy services that cannot be rebuilt.',
  'The migration took two quarters, with dual writes and nightly consistency checks along the way.',
  'Cost dropped by roughly a third once idle capacity was reclaimed automatically.',
  'Testing ran the same suite in CI and in a staging cluster that mirrors production traffic.',
  'A short detour explained why the team kept `fsync` on even though it cost throughput.',
  'The team now reviews every alert after a week and deletes the ones nobody acted on.',
  'Two of the three tools they tried were dropped after a month, and the talk said why.',
  'The audience asked for the configuration, and the speaker promised to publish it.',
];
export const ZH_SENTENCES = [
  '分享首先回顾了促使团队改变做法的几次线上故障。',
  '从会后提问来看，现场不少人都遇到过同样的问题。',
  '在相同硬件上对比了新旧两套方案，差距比预想的小。',
  '现场演示了完整的灰度发布流程，包括回滚路径。',
  '讲者认为，在值班人手紧张时，护栏比个人英雄主义更重要。',
  '幻灯片展示了变更前后 **p99 延迟** 的监控截图。',
  '提问集中在无法重构的存量服务如何接入。',
  '整个迁移历时两个季度，期间坚持双写与每晚数据比对。',
  '闲置资源自动回收后，成本下降了约三分之一。',
  '同一套测试用例既在 CI 中运行，也在镜像生产流量的预发集群中运行。',
  '讲者解释了为什么在牺牲吞吐的情况下仍然保留 `fsync`。',
  '团队现在每周复盘告警，删除没有人处理过的那些。',
];
