import type { Page } from './people';

/**
 * 特技バンク (skills bank): what a resident can do, when and where.
 * Category, qualification and language codes come from the taxonomy in @tsunagu/matching.
 */

export enum SkillLevel {
  /** やったことはないが、やってみたい */
  Beginner = 'beginner',
  /** 経験がある */
  Experienced = 'experienced',
  /** 仕事にしていた・資格がある */
  Professional = 'professional',
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export enum DayPeriod {
  Morning = 'morning',
  Afternoon = 'afternoon',
  Evening = 'evening',
}

/** One weekly slot the volunteer is usually free: e.g. Saturday morning. */
export interface WeeklySlot {
  day: Weekday;
  period: DayPeriod;
}

export enum Transport {
  Walk = 'walk',
  Bicycle = 'bicycle',
  Car = 'car',
  PublicTransport = 'public-transport',
}

/** ボランティア活動保険 plans (基本プラン / 天災・地震補償プラン, each A or B). */
export enum InsurancePlan {
  BasicA = 'basic-a',
  BasicB = 'basic-b',
  NaturalDisasterA = 'natural-disaster-a',
  NaturalDisasterB = 'natural-disaster-b',
}

/** Cover runs from coverStart to 31 March of the fiscal year (April–March). */
export interface VolunteerInsurance {
  plan: InsurancePlan;
  /** The fiscal year by its April start: 2026 = 令和8年度 (April 2026 – March 2027). */
  fiscalYear: number;
  /** YYYY-MM-DD */
  coverStart: string;
}

/** 特技 (Skill): a taxonomy category plus the person's own words. */
export interface SkillEntry {
  categoryCode: string;
  ownWords: string;
  level: SkillLevel;
}

export enum SkillProfileStatus {
  /** Saved part-way ("save and continue later"); not searchable, not counted. */
  Draft = 'draft',
  /** Registered: searchable by coordinators and counted in 登録者数. */
  Active = 'active',
  /** The person stopped their registration; kept for statistics. */
  Withdrawn = 'withdrawn',
}

export const SKILL_PROFILE_LIMITS = {
  maxSkills: 10,
  ownWordsMaxLength: 200,
  nicknameMaxLength: 30,
  maxDatesOff: 60,
  maxAreas: 20,
  maxLanguages: 10,
  maxQualifications: 20,
  /** The registration flow's steps (「2/5」). */
  steps: 5,
} as const;

/** What the resident (or a coordinator by proxy) fills in. */
export interface SkillProfileInput {
  skills: SkillEntry[];
  qualifications: string[];
  languages: string[];
  weeklySlots: WeeklySlot[];
  /** YYYY-MM-DD dates the person cannot take part. */
  datesOff: string[];
  /** お住まいの地区 */
  homeAreaId: string | null;
  /** Areas the person can go to. */
  areaIds: string[];
  inPerson: boolean;
  online: boolean;
  transport: Transport[];
  insurance: VolunteerInsurance | null;
  /** 公開リストに載せる: only the nickname, area and skills are shown. */
  publicListing: boolean;
  nickname: string | null;
}

/**
 * Saves the profile. `submit: false` keeps it as a draft at `step` (save and continue later:
 * only the fields filled so far are checked); `submit: true` checks everything and registers it.
 */
export interface SaveSkillProfileRequest extends SkillProfileInput {
  step: number;
  submit: boolean;
}

export interface SkillProfile extends SkillProfileInput {
  personId: string;
  centerId: string;
  status: SkillProfileStatus;
  /** The last step saved, to resume the flow there. */
  step: number;
  registeredAt: string | null;
  updatedAt: string;
  /** Whether the insurance covers today (the UI warns when not). */
  insuredToday: boolean;
}

/** GET /me/skill-profile and GET /people/:id/skill-profile: null before the first save. */
export interface SkillProfileResponse {
  profile: SkillProfile | null;
}

/** A reason in both languages, shown to the coordinator beside a result. */
export interface LocalizedReason {
  ja: string;
  en: string;
}

/** GET /skills/search: coordinators search their centers' active volunteers. */
export interface VolunteerSearchQuery {
  /** Free words: matched through the taxonomy's aliases and Japanese normalisation. */
  q?: string;
  category?: string;
  areaId?: string;
  day?: Weekday;
  period?: DayPeriod;
  language?: string;
  qualification?: string;
  /** Only people whose volunteer activity insurance covers today. */
  insured?: boolean;
  page?: number;
}

export interface VolunteerSearchResult {
  personId: string;
  name: string;
  nameKana: string | null;
  centerNameJa: string;
  centerNameEn: string;
  homeAreaNameJa: string | null;
  homeAreaNameEn: string | null;
  skills: SkillEntry[];
  qualifications: string[];
  languages: string[];
  insuredToday: boolean;
  score: number;
  /** Why this person matched, one line per criterion. */
  reasons: LocalizedReason[];
}

export type VolunteerSearchPage = Page<VolunteerSearchResult>;

/** The public skills listing: no name, no contact details, no birth date. */
export interface PublicSkillListing {
  listingId: string;
  nickname: string;
  areaNameJa: string | null;
  areaNameEn: string | null;
  skills: { categoryCode: string; ownWords: string }[];
  inPerson: boolean;
  online: boolean;
}

export interface PublicSkillListingQuery {
  q?: string;
  category?: string;
  areaId?: string;
  page?: number;
}

/** 「この特技についてセンターに相談する」: becomes a request draft for a coordinator. */
export interface SkillListingEnquiryRequest {
  message: string;
  /** Set when asking on behalf of an approved organisation the asker belongs to. */
  organisationId?: string;
}

export const SKILL_ENQUIRY_LIMITS = { messageMaxLength: 1000 } as const;

/** 201 to an enquiry: which center has it now (no one's personal data). */
export interface SkillListingEnquiryResult {
  requestId: string;
  centerNameJa: string;
  centerNameEn: string;
}

/** 登録者数 over time: distinct people with an active registration at each month's end. */
export interface RegisteredFiguresQuery {
  /** YYYY-MM, inclusive */
  from: string;
  to: string;
  groupBy: 'center' | 'area' | 'category';
}

export interface RegisteredFiguresRow {
  /** Center / area id or category code; null for "no area". */
  key: string | null;
  labelJa: string;
  labelEn: string;
  /** One count per month from `from` to `to`. */
  counts: number[];
}

export interface RegisteredFigures {
  months: string[];
  rows: RegisteredFiguresRow[];
  /** Distinct people per month across all rows (a person in two categories counts once here). */
  totals: number[];
}

/** CSV import of an existing volunteer register (名簿) into one center. */
export enum SkillImportStatus {
  Previewed = 'previewed',
  Running = 'running',
  Done = 'done',
  Failed = 'failed',
}

export interface SkillImportRowError {
  /** 1-based line number in the file, counting the header as line 1. */
  line: number;
  column: string | null;
  message: string;
}

export const SKILL_IMPORT_LIMITS = {
  /** The file itself (before base64): an Excel register of some ten thousand people. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Data rows a file may have. */
  maxRows: 10_000,
  /** Valid rows shown in the preview. */
  previewRows: 10,
} as const;

export interface SkillImportStartRequest {
  centerId: string;
  fileName: string;
  /** The file's bytes, base64: UTF-8 (with or without BOM) or Shift_JIS. */
  contentBase64: string;
}

export interface SkillImport {
  id: string;
  centerId: string;
  fileName: string;
  status: SkillImportStatus;
  /** Data rows in the file (header excluded). */
  totalRows: number;
  validRows: number;
  processedRows: number;
  importedRows: number;
  errors: SkillImportRowError[];
  /** The first valid rows as they will be registered, for the preview. */
  preview: { line: number; name: string; nameKana: string | null; skills: string[]; areaNameJa: string | null }[];
  /** Why a failed import registered nothing, in plain words (null unless failed). */
  failureMessage: string | null;
  createdAt: string;
  finishedAt: string | null;
}
