import type { Locale } from '../i18n/locales.ts';

export interface BundleReadmeTable {
  /** File name in the archive: `pairings.csv`. */
  readonly file: string;
  /** Short title per locale. */
  readonly title: Readonly<Record<Locale, string>>;
  readonly rows: number;
}

export interface BundleReadmeInput {
  readonly version: string;
  /** Release date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Absolute URL of the release page in each language. */
  readonly releaseUrls: Readonly<Record<Locale, string>>;
  readonly tables: readonly BundleReadmeTable[];
  /** Other files in the archive, with a short description per locale: `datapackage.json`, `LICENSE.txt`. */
  readonly otherFiles: readonly { readonly file: string; readonly description: Readonly<Record<Locale, string>> }[];
  /** One ready-made reference per locale (GB/T 7714 in zh, APA elsewhere), date of access left as the placeholder. */
  readonly citations: Readonly<Record<Locale, string>>;
  /** Known gaps, one line each, per locale; an empty list says "none recorded". */
  readonly knownGaps: Readonly<Record<Locale, readonly string[]>>;
}

/**
 * The site's own wording for the README, per locale. The kk text is the
 * site's translation and is unreviewed, like the rest of the kk interface.
 */
const TEXT: Record<Locale, {
  heading: (v: string) => string;
  released: string;
  whatTitle: string;
  what: string;
  filesTitle: string;
  rows: (n: number) => string;
  csvNote: string;
  licenceTitle: string;
  licence: string;
  citeTitle: string;
  citeNote: string;
  gapsTitle: string;
  noGaps: string;
  moreTitle: string;
}> = {
  zh: {
    heading: (v) => `东西部协作结对数据 版本 ${v}`,
    released: '发布日期',
    whatTitle: '这是什么',
    what: '本压缩包收录东西部扶贫协作（2021 年起称东西部协作）结对数据的一个冻结版本：1996 年以来东部省市与西部省区、市州之间的结对关系，以及地区代码、政策文件、来源等配套数据表。每条结对记录都注明来源和可信度。已发布的版本永不更改；更正以新版本发布。',
    filesTitle: '文件',
    rows: (n) => `${n} 行`,
    csvNote: 'CSV 文件为 UTF-8 编码、逗号分隔，首行为字段名；各字段的类型和说明见 datapackage.json。用 Excel 打开时，请通过“数据 → 自文本/CSV”导入并选择 UTF-8 编码，或下载网站上的“Excel 用 CSV”。',
    licenceTitle: '许可',
    licence: '数据采用知识共享署名 4.0 国际许可协议（CC BY 4.0）：可以自由复制、分发和改编，包括用于商业目的，但须注明出处。许可全文见 LICENSE.txt，亦见 https://creativecommons.org/licenses/by/4.0/legalcode.zh-hans 。',
    citeTitle: '如何引用',
    citeNote: '请将“引用日期”替换为您获取数据的日期（YYYY-MM-DD）。其他格式（APA、BibTeX、RIS、CSL-JSON）见版本页面。',
    gapsTitle: '已知缺口',
    noGaps: '本版本未记录已知缺口。',
    moreTitle: '版本页面',
  },
  en: {
    heading: (v) => `East–West cooperation pairings, version ${v}`,
    released: 'Released',
    whatTitle: 'What this is',
    what: 'This archive holds one frozen release of the data on China’s East–West poverty alleviation cooperation (East–West cooperation since 2021): which eastern provinces and cities were paired with which western provinces, regions and prefectures since 1996, with the supporting tables of regions, policy documents and sources. Every pairing names its sources and a confidence level. A published version never changes; corrections come as new versions.',
    filesTitle: 'Files',
    rows: (n) => `${n} rows`,
    csvNote: 'CSV files are UTF-8, comma-separated, with a header row; datapackage.json gives each column’s type and description. In Excel, import with Data → From Text/CSV and choose UTF-8, or download the “CSV for Excel” files from the website.',
    licenceTitle: 'Licence',
    licence: 'The data is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): you may copy, share and adapt it, also commercially, as long as you give credit. The licence text is in LICENSE.txt and at https://creativecommons.org/licenses/by/4.0/legalcode .',
    citeTitle: 'How to cite',
    citeNote: 'Replace “date of access” with the date you obtained the data (YYYY-MM-DD). Other formats (GB/T 7714, BibTeX, RIS, CSL-JSON) are on the release page.',
    gapsTitle: 'Known gaps',
    noGaps: 'No known gaps are recorded for this release.',
    moreTitle: 'Release page',
  },
  kk: {
    heading: (v) => `Шығыс–Батыс ынтымақтастығы жұптары, ${v} нұсқасы`,
    released: 'Шығарылған күні',
    whatTitle: 'Бұл не',
    what: 'Бұл мұрағатта Қытайдың Шығыс–Батыс кедейлікті жою ынтымақтастығы (2021 жылдан бері Шығыс–Батыс ынтымақтастығы) туралы деректердің бір өзгермейтін шығарылымы бар: 1996 жылдан бері қай шығыс провинциялары мен қалалары қай батыс провинцияларымен, аудандарымен және аймақтарымен жұптастырылғаны, сондай-ақ өңірлер, саяси құжаттар және дереккөздер кестелері. Әр жұптың дереккөздері мен сенімділік деңгейі көрсетілген. Жарияланған нұсқа өзгермейді; түзетулер жаңа нұсқа ретінде шығады.',
    filesTitle: 'Файлдар',
    rows: (n) => `${n} жол`,
    csvNote: 'CSV файлдары UTF-8 кодтауында, үтірмен бөлінген, бірінші жолы баған атаулары; әр бағанның түрі мен сипаттамасы datapackage.json файлында. Excel-де «Деректер → Мәтіннен/CSV» арқылы UTF-8 таңдап ашыңыз немесе сайттан «Excel үшін CSV» файлдарын жүктеңіз.',
    licenceTitle: 'Лицензия',
    licence: 'Деректер Creative Commons Attribution 4.0 International (CC BY 4.0) лицензиясымен берілген: авторын көрсетсеңіз, оларды көшіруге, таратуға және өзгертуге, соның ішінде коммерциялық мақсатта пайдалануға болады. Лицензия мәтіні LICENSE.txt файлында және https://creativecommons.org/licenses/by/4.0/legalcode сілтемесінде.',
    citeTitle: 'Қалай сілтеме жасау керек',
    citeNote: '«қаралған күні» орнына деректерді алған күніңізді жазыңыз (YYYY-MM-DD). Басқа пішімдер (GB/T 7714, BibTeX, RIS, CSL-JSON) шығарылым бетінде.',
    gapsTitle: 'Белгілі олқылықтар',
    noGaps: 'Бұл шығарылым үшін белгілі олқылықтар тіркелмеген.',
    moreTitle: 'Шығарылым беті',
  },
};

const ORDER: readonly Locale[] = ['zh', 'en', 'kk'];

/**
 * The README.md of a release's ZIP bundle, in Chinese, English and Kazakh
 * (one section each, in that order): what the data is, the files with their
 * row counts, how to open the CSV, the licence, a ready reference, the
 * known gaps and the release page. Plain Markdown that reads well as text.
 * Pure and deterministic: the same input always gives the same text, so the
 * archive's checksum stays stable.
 *
 * @example
 * bundleReadme({ version: '1.0.0', date: '2026-11-20', tables: [{ file: 'pairings.csv', rows: 120, title: {…} }], … })
 * // '# 东西部协作结对数据 版本 1.0.0\n\n发布日期：2026-11-20\n…'
 */
export function bundleReadme(input: BundleReadmeInput): string {
  const sections = ORDER.map((locale) => {
    const w = TEXT[locale];
    const colon = locale === 'zh' ? '：' : ': ';
    const dash = ' — ';
    const gaps = input.knownGaps[locale];
    return [
      `# ${w.heading(input.version)}`,
      '',
      `${w.released}${colon}${input.date}`,
      '',
      `## ${w.whatTitle}`,
      '',
      w.what,
      '',
      `## ${w.filesTitle}`,
      '',
      ...input.tables.map((t) => `- ${t.file}${dash}${t.title[locale]} (${w.rows(t.rows)})`),
      ...input.otherFiles.map((f) => `- ${f.file}${dash}${f.description[locale]}`),
      '',
      w.csvNote,
      '',
      `## ${w.licenceTitle}`,
      '',
      w.licence,
      '',
      `## ${w.citeTitle}`,
      '',
      input.citations[locale],
      '',
      w.citeNote,
      '',
      `## ${w.gapsTitle}`,
      '',
      ...(gaps.length === 0 ? [w.noGaps] : gaps.map((g) => `- ${g}`)),
      '',
      `## ${w.moreTitle}`,
      '',
      input.releaseUrls[locale],
      '',
    ].join('\n');
  });
  return `${sections.join('\n---\n\n')}`;
}
