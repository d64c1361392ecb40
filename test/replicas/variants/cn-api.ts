/**
 * Second variants of the Chinese sources read from JSON APIs (NFRA, the
 * Single Window). Text written for these fixtures; field shapes after the
 * sites' other columns and years.
 */
import type { ExtractionVariant } from './kit.ts';

const nfra: ExtractionVariant = {
  source: 'nfra-notices',
  name: 'docSubtitle empty (title only in docTitle), joint document number, Word-exported docClob with MsoNormal paragraphs and spans, two co-issuers signed on two lines, attachment with a Chinese file name',
  list: {
    path: '/cbircweb/DocInfo/SelectDocByItemIdAndChild?itemId=915&pageSize=18',
    body: JSON.stringify({
      rptCode: 200,
      msg: '成功',
      data: {
        rows: [
          {
            docId: 1201188,
            docTitle: '国家金融监督管理总局 中国人民银行关于加强出口信用保险与银行融资联动支持外贸企业的通知',
            docSubtitle: '',
            publishDate: '2026-05-27 18:10:00',
            docType: 1,
          },
        ],
        total: 1,
      },
    }),
  },
  detail: {
    path: '/cn/static/data/DocInfo/SelectByDocId/data_docId=1201188.json',
    html: JSON.stringify({
      rptCode: 200,
      msg: '成功',
      data: {
        docId: 1201188,
        docTitle: '国家金融监督管理总局 中国人民银行关于加强出口信用保险与银行融资联动支持外贸企业的通知',
        docSubtitle: '',
        documentNo: '金规〔2026〕9号',
        publishDate: '2026-05-27 18:10:00',
        docClob:
          '<div class="Section0"><p class="MsoNormal"><span style="font-family:仿宋_GB2312">各金融监管局，各政策性银行、大型银行、股份制银行：</span></p>' +
          '<p class="MsoNormal"><span>银行应将出口信用保险保单作为增信手段，对投保企业的保单项下应收账款提供融资，融资额度可达保单赔付额度的90%。</span></p>' +
          '<p class="MsoNormal"><span>本通知自2026年7月1日起施行。</span></p>' +
          '<p class="MsoNormal" style="text-align:right"><span>国家金融监督管理总局</span></p>' +
          '<p class="MsoNormal" style="text-align:right"><span>中国人民银行</span></p>' +
          '<p class="MsoNormal" style="text-align:right"><span>2026年5月23日</span></p></div>',
        attachmentInfoVOList: [{ fileName: '保单融资业务指引.docx', fileUrl: '/chinese/docfile/2026/0527/保单融资业务指引.docx' }],
      },
    }),
  },
  expect: {
    title: '国家金融监督管理总局 中国人民银行关于加强出口信用保险与银行融资联动支持外贸企业的通知',
    docNumber: '金规〔2026〕9号',
    agency: '国家金融监督管理总局 中国人民银行',
    agencies: ['国家金融监督管理总局', '中国人民银行'],
    publishedAt: '2026-05-27',
    effectiveAt: '2026-07-01',
    attachments: ['保单融资业务指引.docx|docx'],
    contains: ['保单项下应收账款提供融资', '保单赔付额度的90%'],
    notContains: ['MsoNormal', '仿宋'],
  },
};

const singlewindow: ExtractionVariant = {
  source: 'singlewindow-notices',
  name: 'list record with an empty source (the issuer only in the page), joint notice signed on one line, a 署 number in the text, file named by link text',
  list: {
    path: '/sw/portal/api/notice/list?type=TZGG&pageSize=10',
    body: JSON.stringify({
      code: 200,
      msg: 'success',
      data: {
        records: [{ id: '20260914001', title: '关于“单一窗口”上线跨境电商出口海外仓备案功能的公告', publishTime: '2026-09-14 09:30:00', source: '' }],
        total: 1,
        current: 1,
        size: 10,
      },
    }),
  },
  detail: {
    path: '/sw/portal/notice/20260914001.html',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于“单一窗口”上线跨境电商出口海外仓备案功能的公告-中国国际贸易单一窗口</title></head>
<body><div class="sw-header">中国国际贸易单一窗口</div>
<div class="notice-detail notice-detail--v2">
  <div class="notice-head"><h2 class="notice-title">关于“单一窗口”上线跨境电商出口海外仓备案功能的公告</h2>
    <div class="notice-info"><span class="time">发布时间：2026-09-14</span></div></div>
  <div class="notice-content">
    <p>依据海关总署公告2026年第102号，“单一窗口”标准版跨境电商模块自2026年9月20日起上线出口海外仓企业备案功能。</p>
    <p>企业可在线提交海外仓所在国家（地区）、仓库地址及面积等信息，备案结果实时反馈。</p>
    <p style="text-align:right">国家口岸管理办公室　海关总署</p>
    <p style="text-align:right">2026年9月14日</p>
  </div>
  <ul class="notice-files"><li><a href="/sw/portal/files/20260914001/guide.pdf" download>海外仓备案操作手册</a></li></ul>
</div></body></html>`,
  },
  expect: {
    title: '关于“单一窗口”上线跨境电商出口海外仓备案功能的公告',
    docNumber: '海关总署公告2026年第102号',
    agency: '国家口岸管理办公室 海关总署',
    agencies: ['国家口岸管理办公室', '海关总署'],
    publishedAt: '2026-09-14',
    effectiveAt: '2026-09-20',
    attachments: ['海外仓备案操作手册|pdf'],
    contains: ['出口海外仓企业备案功能', '备案结果实时反馈'],
    notContains: ['中国国际贸易单一窗口'],
  },
};

export const cnApiVariants: ExtractionVariant[] = [nfra, singlewindow];
