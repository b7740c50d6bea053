/**
 * Table Schemas (Frictionless) of the eight tables, with descriptions in
 * zh / en / kk. One module rather than eight JSON files so the validator,
 * the release script and the tests share one typed definition; the release
 * script writes it into each release's datapackage.json, where it is frozen.
 *
 * Kazakh descriptions and titles here are the project's own wording, not
 * attested by any source: the package metadata marks them unreviewed.
 */

import { SITE } from '../site.ts';

/** Text in the three site languages. */
export interface I18nText {
  readonly zh: string;
  readonly en: string;
  readonly kk: string;
}

/** The table ids, in the order the package lists them. They are also the CSV file stems. */
export const TABLE_IDS = ['regions', 'pairings', 'phases', 'documents', 'sources', 'figures', 'code-crosswalk', 'known-gaps'] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** True when `id` names one of the eight tables. */
export function isTableId(id: string): id is TableId {
  return (TABLE_IDS as readonly string[]).includes(id);
}

export interface FieldConstraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface FieldDef {
  readonly name: string;
  /** Table Schema type. Values are stored as text; `integer` and `number` cells must parse as such. */
  readonly type: 'string' | 'integer' | 'number';
  readonly format?: string;
  readonly description: I18nText;
  readonly constraints?: FieldConstraints;
  /** Not published: what the validator says when the pattern fails, and how to fix it. */
  readonly check?: { readonly problem: string; readonly expected: string; readonly hint: string };
}

export interface ForeignKeyDef {
  readonly fields: string;
  /** `resource: ''` is the table itself (Table Schema's self-reference). */
  readonly reference: { readonly resource: string; readonly fields: string };
}

export interface TableDef {
  readonly id: TableId;
  readonly title: I18nText;
  readonly description: I18nText;
  readonly fields: readonly FieldDef[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKeyDef[];
}

/** The first year of the scheme; no record may be dated earlier (sources excepted). */
export const FIRST_YEAR = 1996;

const CODE = '^\\d{6}$';
const ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ID_LIST = '^[a-z0-9]+(-[a-z0-9]+)*(;[a-z0-9]+(-[a-z0-9]+)*)*$';
const PARTIAL_DATE = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const ISO_DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const CONFIDENCE = ['high', 'medium', 'low'] as const;
const KK_STATUS = ['attested', 'unreviewed'] as const;

const codeCheck = {
  problem: 'is not a GB/T 2260 code',
  expected: '6 digits',
  hint: 'Write the six-digit administrative code (e.g. 520500); look the unit up in regions.csv.',
};
const idCheck = {
  problem: 'is not a valid id',
  expected: 'lower-case letters, digits and single hyphens',
  hint: 'Ids are kebab-case, e.g. white-paper-2011-ja-table2.',
};
const idListCheck = {
  problem: 'is not a list of ids',
  expected: 'ids separated by ";" with no spaces',
  hint: 'Separate ids with a semicolon and nothing else, e.g. xinhua-2016-12-07-guideline;whb-2016-12-08.',
};
const dateCheck = {
  problem: 'is not a date',
  expected: 'YYYY, YYYY-MM or YYYY-MM-DD',
  hint: 'Write the date as precisely as the source gives it, in ISO order: 2016, 2016-12 or 2016-12-07.',
};
const isoDateCheck = {
  problem: 'is not a full date',
  expected: 'YYYY-MM-DD',
  hint: 'Write the day the page was read, e.g. 2026-11-23.',
};

const t = (en: string, zh: string, kk: string): I18nText => ({ zh, en, kk });

const confidenceField: FieldDef = {
  name: 'confidence',
  type: 'string',
  description: t(
    'How well the record is attested: high (an official text or two independent sources), medium (one good source, or sources that differ in detail), low (a weak or indirect source).',
    '可信度：high（官方文本或两个独立来源）、medium（一个可靠来源，或来源细节不一）、low（来源较弱或间接）。',
    'Жазбаның дәлелдену деңгейі: high (ресми мәтін немесе екі тәуелсіз дереккөз), medium (бір сенімді дереккөз), low (әлсіз не жанама дереккөз).',
  ),
  constraints: { required: true, enum: CONFIDENCE },
};

const sourceIdsField = (what: I18nText): FieldDef => ({
  name: 'source_ids',
  type: 'string',
  description: what,
  constraints: { required: true, pattern: ID_LIST },
  check: idListCheck,
});

export const TABLES: readonly TableDef[] = [
  {
    id: 'regions',
    title: t('Regions', '地区', 'Аймақтар'),
    description: t(
      'Every administrative unit that appears in a pairing, and all 34 provincial-level units, under its current GB/T 2260 code.',
      '出现在任一结对关系中的行政区划，以及全部34个省级行政区，使用现行GB/T 2260代码。',
      'Кез келген жұпта кездесетін әкімшілік бірліктер және барлық 34 провинция деңгейіндегі бірлік, қазіргі GB/T 2260 кодымен.',
    ),
    primaryKey: ['code'],
    foreignKeys: [{ fields: 'parent_code', reference: { resource: '', fields: 'code' } }],
    fields: [
      { name: 'code', type: 'string', description: t('Current GB/T 2260 administrative division code.', '现行GB/T 2260行政区划代码。', 'Қазіргі GB/T 2260 әкімшілік бөлініс коды.'), constraints: { required: true, unique: true, pattern: CODE }, check: codeCheck },
      {
        name: 'level', type: 'string',
        description: t('Kind of unit: province, municipality, autonomous region, SAR, prefecture-level city, prefecture, autonomous prefecture, league or county.', '行政区划类型：省、直辖市、自治区、特别行政区、地级市、地区、自治州、盟或县。', 'Бірлік түрі: провинция, орталыққа бағынышты қала, автономиялық аудан, АӘА, префектура деңгейіндегі қала, префектура, автономиялық облыс, аймақ (лига) немесе аудан.'),
        constraints: { required: true, enum: ['province', 'municipality', 'autonomous-region', 'sar', 'prefecture-city', 'prefecture', 'autonomous-prefecture', 'league', 'county'] },
      },
      { name: 'parent_code', type: 'string', description: t('Code of the unit it belongs to; empty for provincial-level units.', '上级行政区代码；省级行政区为空。', 'Жоғары тұрған бірліктің коды; провинция деңгейіндегілер үшін бос.'), constraints: { pattern: CODE }, check: codeCheck },
      { name: 'name_zh', type: 'string', description: t('Name in Chinese.', '中文名称。', 'Қытайша атауы.'), constraints: { required: true } },
      { name: 'name_en', type: 'string', description: t('Name in English.', '英文名称。', 'Ағылшынша атауы.'), constraints: { required: true } },
      { name: 'name_kk', type: 'string', description: t('Name in Kazakh (Cyrillic).', '哈萨克文（西里尔字母）名称。', 'Қазақша атауы (кирилл).'), constraints: { required: true } },
      { name: 'name_kk_status', type: 'string', description: t('attested: the Kazakh name is used by the source in name_kk_source; unreviewed: the project\'s own rendering.', 'attested：哈萨克文名称见于name_kk_source所列来源；unreviewed：本项目自拟译名。', 'attested: қазақша атау name_kk_source дереккөзінде қолданылған; unreviewed: жобаның өз аудармасы.'), constraints: { required: true, enum: KK_STATUS } },
      { name: 'name_kk_source', type: 'string', format: 'uri', description: t('URL of the page that attests the Kazakh name; required when attested.', '哈萨克文名称出处网址；attested时必填。', 'Қазақша атауды растайтын беттің URL мекенжайы; attested болса міндетті.'), constraints: { pattern: '^https?://\\S+$' }, check: { problem: 'is not a URL', expected: 'http:// or https:// and no spaces', hint: 'Paste the address of the page that uses the Kazakh name.' } },
      { name: 'role', type: 'string', description: t('Side in the scheme: east (helper), west (helped) or none (listed only as a provincial-level unit).', '在协作中的角色：east（帮扶方）、west（受帮扶方）或none（仅作为省级行政区列出）。', 'Бағдарламадағы рөлі: east (көмектесуші), west (көмек алушы) немесе none (тек провинция деңгейіндегі бірлік ретінде).'), constraints: { required: true, enum: ['east', 'west', 'none'] } },
    ],
  },
  {
    id: 'pairings',
    title: t('Pairings', '结对关系', 'Жұптар'),
    description: t(
      'One row per helper → helped relationship and period, with the phase, the document and the sources it rests on.',
      '每行一个帮扶方→受帮扶方关系及其时段，附所属阶段、依据文件和来源。',
      'Әр жол — бір көмектесуші → көмек алушы қатынасы мен кезеңі, оның фазасы, құжаты және дереккөздері.',
    ),
    primaryKey: ['id'],
    foreignKeys: [
      { fields: 'helper_code', reference: { resource: 'regions', fields: 'code' } },
      { fields: 'helped_code', reference: { resource: 'regions', fields: 'code' } },
      { fields: 'phase', reference: { resource: 'phases', fields: 'id' } },
      { fields: 'document_id', reference: { resource: 'documents', fields: 'id' } },
    ],
    fields: [
      { name: 'id', type: 'string', description: t('Row id: phase-helper_code-helped_code.', '行标识：阶段-帮扶方代码-受帮扶方代码。', 'Жол идентификаторы: фаза-көмектесуші_коды-көмек_алушы_коды.'), constraints: { required: true, unique: true, pattern: '^\\d{4}-\\d{6}-\\d{6}$' }, check: { problem: 'is not a pairing id', expected: 'phase-helper_code-helped_code, e.g. 2016-110000-150000', hint: 'Build the id from the phase and the two codes of the row.' } },
      { name: 'helper_code', type: 'string', description: t('Code of the eastern helper (regions.code).', '东部帮扶方代码（regions.code）。', 'Шығыстағы көмектесушінің коды (regions.code).'), constraints: { required: true, pattern: CODE }, check: codeCheck },
      { name: 'helped_code', type: 'string', description: t('Code of the western unit helped (regions.code).', '西部受帮扶方代码（regions.code）。', 'Батыстағы көмек алушының коды (regions.code).'), constraints: { required: true, pattern: CODE }, check: codeCheck },
      { name: 'start_year', type: 'integer', description: t('First year of the pairing in this phase; empty when no source gives it.', '本阶段结对起始年份；来源未载明时为空。', 'Осы фазадағы жұптың бірінші жылы; дереккөзде жоқ болса бос.'), constraints: { minimum: FIRST_YEAR } },
      { name: 'end_year', type: 'integer', description: t('Last year of this row\'s period; empty while in force or when unknown (see end_status).', '本行时段的结束年份；仍在执行或不详时为空（见end_status）。', 'Осы жол кезеңінің соңғы жылы; күшінде болса не белгісіз болса бос (end_status қараңыз).'), constraints: { minimum: FIRST_YEAR } },
      {
        name: 'end_status', type: 'string',
        description: t(
          'What an empty or filled end_year means: ended (this row\'s period is over; the pair may go on in a later row), in-force (a pair of the current phase that no source reports as ended), unknown (no source says whether or when it ended; never draw it as current).',
          'end_year的含义：ended（本行时段已结束，同一结对可能在后续行延续）、in-force（当前阶段的结对，未见来源称其结束）、unknown（无来源说明是否或何时结束，不应作为现行结对显示）。',
          'end_year мәнінің мағынасы: ended (осы жолдың кезеңі аяқталды; жұп кейінгі жолда жалғасуы мүмкін), in-force (ағымдағы фазаның жұбы, аяқталғаны туралы дереккөз жоқ), unknown (аяқталғаны не қашан аяқталғаны белгісіз; ағымдағы ретінде көрсетпеңіз).',
        ),
        constraints: { required: true, enum: ['ended', 'in-force', 'unknown'] },
      },
      { name: 'phase', type: 'string', description: t('Phase id (phases.id).', '阶段标识（phases.id）。', 'Фаза идентификаторы (phases.id).'), constraints: { required: true, pattern: '^\\d{4}$' }, check: { problem: 'is not a phase id', expected: 'a year such as 2016', hint: 'Use one of the ids in phases.csv.' } },
      { name: 'level', type: 'string', description: t('Level of the helped unit: province, prefecture or county.', '受帮扶方层级：省、市（州）或县。', 'Көмек алушының деңгейі: провинция, префектура немесе аудан.'), constraints: { required: true, enum: ['province', 'prefecture', 'county'] } },
      { name: 'arrangement', type: 'string', description: t('How the pair was set: national-list, national-adjustment, provincial-arrangement, county-pairing or voluntary.', '结对方式：国家名单、国家调整、省级安排、县级结对或自愿结对。', 'Жұптың белгілену жолы: ұлттық тізім, ұлттық түзету, провинциялық шешім, аудандық жұптасу немесе ерікті.'), constraints: { required: true, enum: ['national-list', 'national-adjustment', 'provincial-arrangement', 'county-pairing', 'voluntary'] } },
      { name: 'document_id', type: 'string', description: t('Document that set the pair (documents.id); empty when none was found.', '确定该结对的文件（documents.id）；未找到时为空。', 'Жұпты белгілеген құжат (documents.id); табылмаса бос.'), constraints: { pattern: ID }, check: idCheck },
      sourceIdsField(t('Sources the row rests on (sources.id), separated by ";"; at least one.', '该行依据的来源（sources.id），以“;”分隔，至少一个。', 'Жол сүйенетін дереккөздер (sources.id), «;» арқылы бөлінген; кемінде біреу.')),
      confidenceField,
      { name: 'note_zh', type: 'string', description: t('Note in Chinese: what the sources say and where they differ.', '中文说明：来源内容及分歧。', 'Қытайша ескерту: дереккөздер не дейді және қай жерде келіспейді.'), constraints: { required: true } },
      { name: 'note_en', type: 'string', description: t('Note in English.', '英文说明。', 'Ағылшынша ескерту.'), constraints: { required: true } },
    ],
  },
  {
    id: 'phases',
    title: t('Phases', '阶段', 'Фазалар'),
    description: t('The phases of the scheme, each opened by a document or a national decision.', '东西部协作的各个阶段，各由一份文件或国家决定开启。', 'Бағдарламаның фазалары, әрқайсысы бір құжатпен не ұлттық шешіммен басталады.'),
    primaryKey: ['id'],
    foreignKeys: [{ fields: 'document_id', reference: { resource: 'documents', fields: 'id' } }],
    fields: [
      { name: 'id', type: 'string', description: t('Phase id: its first year.', '阶段标识：起始年份。', 'Фаза идентификаторы: бірінші жылы.'), constraints: { required: true, unique: true, pattern: '^\\d{4}$' }, check: { problem: 'is not a phase id', expected: 'a year such as 2016', hint: 'A phase is named after its first year.' } },
      { name: 'start_year', type: 'integer', description: t('First year.', '起始年份。', 'Бірінші жылы.'), constraints: { required: true, minimum: FIRST_YEAR } },
      { name: 'end_year', type: 'integer', description: t('Year the next phase began; empty for the current phase.', '下一阶段开始的年份；当前阶段为空。', 'Келесі фаза басталған жыл; қазіргі фаза үшін бос.'), constraints: { minimum: FIRST_YEAR } },
      { name: 'title_zh', type: 'string', description: t('Title in Chinese.', '中文标题。', 'Қытайша атауы.'), constraints: { required: true } },
      { name: 'title_en', type: 'string', description: t('Title in English.', '英文标题。', 'Ағылшынша атауы.'), constraints: { required: true } },
      { name: 'title_kk', type: 'string', description: t('Title in Kazakh (Cyrillic).', '哈萨克文标题。', 'Қазақша атауы.'), constraints: { required: true } },
      { name: 'title_kk_status', type: 'string', description: t('Review status of the Kazakh title.', '哈萨克文标题的审校状态。', 'Қазақша атаудың тексерілу күйі.'), constraints: { required: true, enum: KK_STATUS } },
      { name: 'document_id', type: 'string', description: t('Document that opened the phase (documents.id); empty when none was found.', '开启该阶段的文件（documents.id）；未找到时为空。', 'Фазаны бастаған құжат (documents.id); табылмаса бос.'), constraints: { pattern: ID }, check: idCheck },
      { name: 'summary_en', type: 'string', description: t('Summary in English.', '英文摘要。', 'Ағылшынша қысқаша мазмұны.'), constraints: { required: true } },
      { name: 'summary_zh', type: 'string', description: t('Summary in Chinese.', '中文摘要。', 'Қытайша қысқаша мазмұны.'), constraints: { required: true } },
    ],
  },
  {
    id: 'documents',
    title: t('Documents', '政策文件', 'Құжаттар'),
    description: t('Policy documents that set or changed the pairings.', '确定或调整结对关系的政策文件。', 'Жұптарды белгілеген не өзгерткен саяси құжаттар.'),
    primaryKey: ['id'],
    foreignKeys: [],
    fields: [
      { name: 'id', type: 'string', description: t('Document id.', '文件标识。', 'Құжат идентификаторы.'), constraints: { required: true, unique: true, pattern: ID }, check: idCheck },
      { name: 'number', type: 'string', description: t('Official document number (文号); empty when none was found.', '发文字号；未找到时为空。', 'Құжаттың ресми нөмірі; табылмаса бос.') },
      { name: 'title_zh', type: 'string', description: t('Title in Chinese.', '中文标题。', 'Қытайша атауы.'), constraints: { required: true } },
      { name: 'title_en', type: 'string', description: t('Title in English (the project\'s translation unless a source gives one).', '英文标题（除来源另有译名外为本项目翻译）。', 'Ағылшынша атауы.'), constraints: { required: true } },
      { name: 'issuer_zh', type: 'string', description: t('Issuer in Chinese.', '发文机关（中文）。', 'Шығарған орган (қытайша).'), constraints: { required: true } },
      { name: 'issuer_en', type: 'string', description: t('Issuer in English.', '发文机关（英文）。', 'Шығарған орган (ағылшынша).'), constraints: { required: true } },
      { name: 'date', type: 'string', description: t('Date issued, as precise as the sources give it.', '印发日期，精确到来源所载程度。', 'Шығарылған күні, дереккөз бергендей дәлдікпен.'), constraints: { required: true, pattern: PARTIAL_DATE }, check: dateCheck },
      { name: 'published', type: 'string', description: t('Date made public, when it differs from the date issued.', '公开发布日期（与印发日期不同时）。', 'Жарияланған күні (шығарылған күннен өзгеше болса).'), constraints: { pattern: PARTIAL_DATE }, check: dateCheck },
      sourceIdsField(t('Sources for the document (sources.id), separated by ";".', '文件来源（sources.id），以“;”分隔。', 'Құжаттың дереккөздері (sources.id), «;» арқылы бөлінген.')),
      { name: 'note_en', type: 'string', description: t('Note in English.', '英文说明。', 'Ағылшынша ескерту.') },
    ],
  },
  {
    id: 'sources',
    title: t('Sources', '来源', 'Дереккөздер'),
    description: t('Every page or document a record rests on.', '各条记录所依据的网页或文件。', 'Жазбалар сүйенетін әрбір бет не құжат.'),
    primaryKey: ['id'],
    foreignKeys: [],
    fields: [
      { name: 'id', type: 'string', description: t('Source id.', '来源标识。', 'Дереккөз идентификаторы.'), constraints: { required: true, unique: true, pattern: ID }, check: idCheck },
      { name: 'title', type: 'string', description: t('Title as the source gives it.', '来源原标题。', 'Дереккөздегі атауы.'), constraints: { required: true } },
      { name: 'publisher', type: 'string', description: t('Publisher or site.', '发布者或网站。', 'Жариялаушы немесе сайт.'), constraints: { required: true } },
      { name: 'date', type: 'string', description: t('Publication date, as precise as known; empty when unknown.', '发布日期，精确到已知程度；不详时为空。', 'Жарияланған күні; белгісіз болса бос.'), constraints: { pattern: PARTIAL_DATE }, check: dateCheck },
      { name: 'url', type: 'string', format: 'uri', description: t('Address of the page read.', '所读网页地址。', 'Оқылған беттің мекенжайы.'), constraints: { required: true, unique: true, pattern: '^https?://\\S+$' }, check: { problem: 'is not a URL', expected: 'http:// or https:// and no spaces', hint: 'Paste the full address of the page that was read.' } },
      { name: 'kind', type: 'string', description: t('Kind of source: official-text, government-site, white-paper, yearbook, standard, news-report, reprint-mirror or aggregator.', '来源类型：官方文本、政府网站、白皮书、年鉴、标准、新闻报道、转载/镜像或聚合网站。', 'Дереккөз түрі: ресми мәтін, үкімет сайты, ақ кітап, жылнама, стандарт, жаңалық, көшірме немесе агрегатор.'), constraints: { required: true, enum: ['official-text', 'government-site', 'white-paper', 'yearbook', 'standard', 'news-report', 'reprint-mirror', 'aggregator'] } },
      { name: 'mirror_of', type: 'string', description: t('For a reprint or mirror: the original publisher.', '转载或镜像时的原发布者。', 'Көшірме болса — түпнұсқа жариялаушы.') },
      { name: 'accessed', type: 'string', format: 'date', description: t('Date the page was read.', '访问日期。', 'Бет оқылған күн.'), constraints: { required: true, pattern: ISO_DATE }, check: isoDateCheck },
      { name: 'language', type: 'string', description: t('Language of the source (ISO 639-1).', '来源语言（ISO 639-1）。', 'Дереккөз тілі (ISO 639-1).'), constraints: { required: true, enum: ['zh', 'en', 'ja', 'kk', 'ru'] } },
    ],
  },
  {
    id: 'figures',
    title: t('Figures', '数据', 'Сандар'),
    description: t('Headline numbers over time, each as a source states it.', '各时期的主要数字，均按来源所述。', 'Уақыт бойынша негізгі сандар, әрқайсысы дереккөз айтқандай.'),
    primaryKey: ['id'],
    foreignKeys: [],
    fields: [
      { name: 'id', type: 'string', description: t('Figure id.', '数据标识。', 'Сан идентификаторы.'), constraints: { required: true, unique: true, pattern: ID }, check: idCheck },
      { name: 'metric', type: 'string', description: t('What is counted, e.g. county-pairs-east-counties or funds.', '统计对象，如county-pairs-east-counties或funds。', 'Не саналады, мысалы county-pairs-east-counties.'), constraints: { required: true, pattern: ID }, check: idCheck },
      { name: 'period_start', type: 'string', description: t('Start of the period counted; empty when the source gives only an end.', '统计时段起点；来源仅给出截止时间时为空。', 'Есептелген кезеңнің басы; дереккөзде тек соңы болса бос.'), constraints: { pattern: PARTIAL_DATE }, check: dateCheck },
      { name: 'period_end', type: 'string', description: t('End of the period counted (or the date of a count).', '统计时段终点（或统计时点）。', 'Есептелген кезеңнің соңы (не санақ күні).'), constraints: { pattern: PARTIAL_DATE }, check: dateCheck },
      { name: 'value', type: 'number', description: t('The number as the source states it, in the unit given.', '来源所载数值，单位见unit。', 'Дереккөздегі сан, unit бірлігінде.'), constraints: { required: true, minimum: 0 } },
      { name: 'unit', type: 'string', description: t('Unit: county, unit, project, person, person-time, enterprise, school, clinic, km, or yuan-100m (100 million yuan, 亿元).', '单位：县、个、项目、人、人次、企业、学校、卫生院、公里或亿元（yuan-100m）。', 'Бірлік: аудан, бірлік, жоба, адам, адам-рет, кәсіпорын, мектеп, емхана, км, немесе 100 млн юань (yuan-100m).'), constraints: { required: true, enum: ['county', 'unit', 'project', 'person', 'person-time', 'enterprise', 'school', 'clinic', 'km', 'yuan-100m'] } },
      { name: 'scope', type: 'string', description: t('What the number covers: national, or helper>helped codes (several joined by +, * for all helpers).', '统计范围：national（全国），或“帮扶方>受帮扶方”代码（多个以+连接，*表示全部帮扶方）。', 'Сан нені қамтиды: national, не көмектесуші>көмек алушы кодтары (бірнешеуі + арқылы, * — барлығы).'), constraints: { required: true, pattern: '^(national|(\\*|\\d{6}(\\+\\d{6})*)>\\d{6}(\\+\\d{6})*)$' }, check: { problem: 'is not a scope', expected: 'national, or helper>helped codes such as 110000>150000', hint: 'Join several codes with + and use * for all helpers: 310000+440000>530000.' } },
      sourceIdsField(t('Sources stating the number (sources.id), separated by ";".', '载明该数字的来源（sources.id），以“;”分隔。', 'Санды келтірген дереккөздер (sources.id), «;» арқылы бөлінген.')),
      confidenceField,
      { name: 'note_en', type: 'string', description: t('Note in English.', '英文说明。', 'Ағылшынша ескерту.') },
      { name: 'note_zh', type: 'string', description: t('Note in Chinese.', '中文说明。', 'Қытайша ескерту.') },
    ],
  },
  {
    id: 'code-crosswalk',
    title: t('Code crosswalk', '代码对照', 'Кодтар сәйкестігі'),
    description: t('Codes that changed since 1996, so older records join the current codes.', '1996年以来变更的行政区划代码，便于旧记录与现行代码对接。', '1996 жылдан бері өзгерген кодтар, ескі жазбалар қазіргі кодтарға қосылуы үшін.'),
    primaryKey: ['old_code'],
    foreignKeys: [],
    fields: [
      { name: 'old_code', type: 'string', description: t('Former code.', '原代码。', 'Бұрынғы код.'), constraints: { required: true, unique: true, pattern: CODE }, check: codeCheck },
      { name: 'new_code', type: 'string', description: t('Current code.', '现行代码。', 'Қазіргі код.'), constraints: { required: true, pattern: CODE }, check: codeCheck },
      { name: 'old_name_zh', type: 'string', description: t('Former name in Chinese.', '原名称。', 'Бұрынғы қытайша атауы.'), constraints: { required: true } },
      { name: 'new_name_zh', type: 'string', description: t('Current name in Chinese.', '现名称。', 'Қазіргі қытайша атауы.'), constraints: { required: true } },
      { name: 'year', type: 'integer', description: t('Year the new code took effect.', '新代码启用年份。', 'Жаңа код күшіне енген жыл.'), constraints: { required: true, minimum: FIRST_YEAR } },
      { name: 'reason', type: 'string', description: t('Why the code changed.', '变更原因。', 'Код неге өзгерді.'), constraints: { required: true } },
      { name: 'source_id', type: 'string', description: t('Source (sources.id).', '来源（sources.id）。', 'Дереккөз (sources.id).'), constraints: { required: true, pattern: ID }, check: idCheck },
    ],
  },
  {
    id: 'known-gaps',
    title: t('Known gaps', '已知缺口', 'Белгілі олқылықтар'),
    description: t('Open questions the sources do not yet answer, kept visible.', '来源尚未解答的问题，公开列出。', 'Дереккөздер әлі жауап бермеген ашық сұрақтар.'),
    primaryKey: ['id'],
    foreignKeys: [],
    fields: [
      { name: 'id', type: 'string', description: t('Gap id.', '缺口标识。', 'Олқылық идентификаторы.'), constraints: { required: true, unique: true, pattern: ID }, check: idCheck },
      { name: 'topic_en', type: 'string', description: t('Topic in English.', '主题（英文）。', 'Тақырыбы (ағылшынша).'), constraints: { required: true } },
      { name: 'question_en', type: 'string', description: t('The open question in English.', '待解问题（英文）。', 'Ашық сұрақ (ағылшынша).'), constraints: { required: true } },
      { name: 'question_zh', type: 'string', description: t('The open question in Chinese.', '待解问题（中文）。', 'Ашық сұрақ (қытайша).'), constraints: { required: true } },
      { name: 'status', type: 'string', description: t('open, partly-answered or answered.', '状态：open（未解）、partly-answered（部分解答）或answered（已解答）。', 'Күйі: open, partly-answered немесе answered.'), constraints: { required: true, enum: ['open', 'partly-answered', 'answered'] } },
      { name: 'related', type: 'string', description: t('Ids of related rows (pairings, documents, sources, figures, phases), separated by ";".', '相关记录标识（结对、文件、来源、数据、阶段），以“;”分隔。', 'Байланысты жолдардың идентификаторлары, «;» арқылы бөлінген.'), constraints: { pattern: ID_LIST }, check: idListCheck },
    ],
  },
];

/** The definition of one table; throws for an unknown id. */
export function tableDef(id: string): TableDef {
  const def = TABLES.find((d) => d.id === id);
  if (!def) throw new Error(`tableDef: "${id}" is not a table; the tables are ${TABLE_IDS.join(', ')}.`);
  return def;
}

/** Columns whose values are ';'-separated lists of ids, and the table the ids point to. */
export const LIST_REFERENCES: readonly { table: TableId; field: string; resource: TableId | 'any' }[] = [
  { table: 'pairings', field: 'source_ids', resource: 'sources' },
  { table: 'documents', field: 'source_ids', resource: 'sources' },
  { table: 'figures', field: 'source_ids', resource: 'sources' },
  { table: 'known-gaps', field: 'related', resource: 'any' },
];

/** Single-valued references not written as Table Schema foreign keys (kept out so the package stays loadable by tools that check keys strictly). */
export const EXTRA_REFERENCES: readonly { table: TableId; field: string; resource: TableId; key: string }[] = [
  { table: 'code-crosswalk', field: 'source_id', resource: 'sources', key: 'id' },
];

/** Package-level metadata of the dataset, written into every datapackage.json. */
export const PACKAGE = {
  name: 'east-west-pairings',
  title: t(
    'East–West cooperation pairings in China, 1996 to today',
    '东西部协作结对关系数据集（1996年至今）',
    'Қытайдағы Шығыс–Батыс ынтымақтастығының жұптары, 1996 жылдан бүгінге дейін',
  ),
  description: t(
    'Which eastern province or city helps which western province, prefecture or county under China\'s East–West poverty alleviation cooperation (东西部扶贫协作, from 2021 东西部协作), phase by phase since 1996, with the documents and sources each record rests on.',
    '东西部扶贫协作（2021年起称东西部协作）自1996年以来各阶段的结对关系：哪个东部省市帮扶哪个西部省区、市州或县，以及每条记录所依据的文件和来源。',
    'Қытайдың Шығыс–Батыс кедейлікпен күрес ынтымақтастығы (2021 жылдан Шығыс–Батыс ынтымақтастығы) аясында 1996 жылдан бері қай шығыс провинциясы не қаласы қай батыс аймағына көмектесетіні, әр жазбаның құжаттары мен дереккөздері.',
  ),
  /** Kazakh text in this package (titles, descriptions, notes) is not reviewed by a Kazakh editor. */
  kkStatus: 'unreviewed' as const,
  licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' }],
  // The same author as the site's citations (SITE.creator); releases up to 1.1.0 name it 'East–West Pairings project contributors'.
  contributors: [{ title: SITE.creator.en, role: 'author' }],
};
