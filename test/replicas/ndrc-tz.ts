/**
 * Replica of the NDRC 通知 column (www.ndrc.gov.cn/xxgk/zcfb/tz/), TRS WCM
 * markup: `ul.u-list li` rows (`a[title]` + `span` YYYY/MM/DD), relative
 * `./YYYYMM/tYYYYMMDD_<id>.html` links, `.TRS_Editor` bodies, PubDate meta.
 * week2: a new catalogue notice, an edited deadline, one notice withdrawn.
 */
import { relativeTo, trsSite } from './cms-trs.ts';
import { esc, type FixtureNotice, type WeekChanges } from './kit.ts';

const COL = '/xxgk/zcfb/tz/';

export const week1: FixtureNotice[] = [
  {
    key: '1387654',
    path: `${COL}202406/t20240612_1387654.html`,
    title: '国家发展改革委 商务部关于做好2024年鼓励外商投资产业目录申报工作的通知',
    date: '2024-06-12',
    docNumber: '发改外资〔2024〕812号',
    agency: '国家发展改革委 商务部',
    paras: [
      '各省、自治区、直辖市及计划单列市发展改革委、商务主管部门：',
      '为进一步扩大制造业、现代服务业利用外资，现组织开展《鼓励外商投资产业目录》修订意见征集工作。',
      '请于2024年7月31日前将修订建议报送国家发展改革委利用外资和境外投资司，重点反映先进制造、节能环保和中西部地区特色产业需求。',
    ],
    attachments: [{ name: '鼓励外商投资产业目录修订建议表.xlsx', path: `${COL}202406/P020240612551234567890.xlsx` }],
    views: 5120,
  },
  {
    key: '1381122',
    path: `${COL}202405/t20240528_1381122.html`,
    title: '国家发展改革委关于2024年粮食进口关税配额申请和分配细则的通知',
    date: '2024-05-28',
    docNumber: '发改贸易〔2024〕701号',
    agency: '国家发展和改革委员会',
    effective: '2024-06-15',
    paras: [
      '根据《农产品进口关税配额管理暂行办法》，现将2024年小麦、玉米、大米进口关税配额申请和分配细则通知如下。',
      '一、关税配额量：小麦963.6万吨，玉米720万吨，大米532万吨，其中国营贸易比例分别为90%、60%、50%。',
      '二、申请条件：申请者应为在市场监管部门登记注册的企业，具有良好的财务状况和纳税记录。',
      '本细则自2024年6月15日起执行。',
    ],
    views: 8030,
  },
  {
    key: '1376543',
    path: `${COL}202405/t20240510_1376543.html`,
    title: '国家发展改革委办公厅关于开展中欧班列运行质量提升专项行动的通知',
    date: '2024-05-10',
    docNumber: '发改办开放〔2024〕390号',
    agency: '国家发展改革委办公厅',
    paras: [
      '各有关省（区、市）发展改革委：为推动中欧班列高质量发展，决定开展运行质量提升专项行动。',
      '重点压缩口岸换装时间，推广“一单制”多式联运，提升回程班列货源组织水平。',
    ],
    views: 2270,
  },
  {
    key: '1370001',
    path: `${COL}202404/t20240422_1370001.html`,
    title: '国家发展改革委关于征集境外投资项目核准和备案管理典型案例的通知',
    date: '2024-04-22',
    agency: '国家发展和改革委员会',
    paras: ['为总结境外投资管理经验，现向各地征集境外投资项目核准和备案管理典型案例。', '案例应涉及“一带一路”沿线国家基础设施、能源资源或产能合作项目。'],
    views: 990,
  },
];

export const changes: WeekChanges = {
  add: [
    {
      key: '1392200',
      path: `${COL}202406/t20240619_1392200.html`,
      title: '国家发展改革委 商务部关于发布《外商投资准入特别管理措施（负面清单）（2024年版）》的通知',
      date: '2024-06-19',
      docNumber: '国家发展改革委 商务部令2024年第23号',
      agency: '国家发展改革委 商务部',
      effective: '2024-11-01',
      paras: [
        '《外商投资准入特别管理措施（负面清单）（2024年版）》已经党中央、国务院同意，现予发布。',
        '制造业领域外资准入限制措施“清零”。',
        '本清单自2024年11月1日起施行。',
      ],
      views: 12,
    },
  ],
  edit: {
    '1387654': [
      '各省、自治区、直辖市及计划单列市发展改革委、商务主管部门：',
      '为进一步扩大制造业、现代服务业利用外资，现组织开展《鼓励外商投资产业目录》修订意见征集工作。',
      '请于2024年8月15日前将修订建议报送国家发展改革委利用外资和境外投资司，重点反映先进制造、节能环保和中西部地区特色产业需求。',
    ],
  },
  remove: ['1376543'],
};

export const site = trsSite(
  {
    id: 'ndrc-tz',
    siteName: '国家发展和改革委员会',
    column: '通知',
    pagePath: (i) => (i === 0 ? `${COL}index.html` : `${COL}index_${i}.html`),
    listOpen: '<ul class="u-list">',
    listClose: '</ul>',
    href: relativeTo(COL),
    row: (n, href) => `<li><a href="${href}" title="${esc(n.title)}" target="_blank">${esc(n.title)}</a><span>${n.date.replace(/-/g, '/')}</span></li>`,
    titleTag: '<div class="article_title">',
  },
  week1,
  changes,
);
