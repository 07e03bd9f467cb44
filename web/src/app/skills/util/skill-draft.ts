import {
  type InsurancePlan,
  type SaveSkillProfileRequest,
  SKILL_PROFILE_LIMITS,
  SkillLevel,
  type SkillProfile,
  SkillProfileStatus,
  Transport,
  type VolunteerInsurance,
  type WeeklySlot,
} from '@tsunagu/contracts';
import { skillCategory } from '@tsunagu/matching';
import { parseDateInput } from '../../shared/util/calendar-date';
import { coverStartProblem, insuranceCover, isInsurancePlan, type InsuranceCover } from './insurance';
import { sortSlots } from './weekly-slots';

/**
 * 特技バンクの登録 as the resident (or a coordinator by proxy) fills it in across five steps. The
 * form is bound to this draft; `toSaveRequest` turns it into the body of PUT …/skill-profile, and
 * `draftOfProfile` turns a saved profile back into it, so 「途中で保存して、あとで続ける」 resumes
 * with everything as it was.
 */

/** 特技 being filled in: the level is '' until chosen. */
export interface SkillDraftEntry {
  categoryCode: string;
  ownWords: string;
  level: SkillLevel | '';
}

export type InsuranceAnswer = 'yes' | 'no' | '';

export interface SkillDraft {
  skills: SkillDraftEntry[];
  qualifications: string[];
  languages: string[];
  weeklySlots: WeeklySlot[];
  /** YYYY-MM-DD, sorted; added one at a time. */
  datesOff: string[];
  /** '' for 「選ばない」. */
  homeAreaId: string;
  areaIds: string[];
  inPerson: boolean;
  online: boolean;
  transport: Transport[];
  /** ボランティア活動保険に加入していますか. */
  insured: InsuranceAnswer;
  insurancePlan: InsurancePlan | '';
  /** The 年度 as its April year ('2026'), '' until chosen. */
  insuranceFiscalYear: string;
  /** As typed: 2026-04-01, 2026/4/1 or 令和8年4月1日. */
  insuranceCoverStart: string;
  publicListing: boolean;
  nickname: string;
}

/** The steps, in order; their number (1–5) is what is saved as `step` and shown as 「2/5」. */
export const SKILL_STEPS = ['skills', 'qualifications', 'availability', 'places', 'insurance'] as const;
export type SkillStep = (typeof SKILL_STEPS)[number];
export type SkillStepNumber = 1 | 2 | 3 | 4 | 5;

export const stepNumberOf = (step: SkillStep): SkillStepNumber => (SKILL_STEPS.indexOf(step) + 1) as SkillStepNumber;
export const stepOfNumber = (n: number): SkillStep => SKILL_STEPS[Math.min(Math.max(Math.trunc(n) || 1, 1), SKILL_STEPS.length) - 1];

/** The levels in the order the form offers them. */
export const SKILL_LEVELS: readonly SkillLevel[] = [SkillLevel.Beginner, SkillLevel.Experienced, SkillLevel.Professional];
export const TRANSPORTS: readonly Transport[] = [Transport.Walk, Transport.Bicycle, Transport.Car, Transport.PublicTransport];

export function emptySkillDraft(): SkillDraft {
  return {
    skills: [],
    qualifications: [],
    languages: [],
    weeklySlots: [],
    datesOff: [],
    homeAreaId: '',
    areaIds: [],
    inPerson: false,
    online: false,
    transport: [],
    insured: '',
    insurancePlan: '',
    insuranceFiscalYear: '',
    insuranceCoverStart: '',
    publicListing: false,
    nickname: '',
  };
}

export const characterCount = (text: string): number => Array.from(text).length;

// ---------------------------------------------------------------------------------------------
// Draft ↔ request
// ---------------------------------------------------------------------------------------------

/** The insurance as it will be saved, or null while the answer is not 「はい」 or not complete. */
export function draftInsurance(draft: SkillDraft): VolunteerInsurance | null {
  if (draft.insured !== 'yes' || !isInsurancePlan(draft.insurancePlan)) return null;
  const fiscalYear = Number(draft.insuranceFiscalYear);
  const coverStart = parseDateInput(draft.insuranceCoverStart);
  if (!/^\d{4}$/.test(draft.insuranceFiscalYear) || coverStart === null) return null;
  return { plan: draft.insurancePlan, fiscalYear, coverStart };
}

/** Whether today is covered by the insurance in the draft (for the warning on step 5 and after). */
export function draftInsuranceCover(draft: SkillDraft, today: string): InsuranceCover {
  return insuranceCover(draftInsurance(draft), today);
}

/**
 * The body of PUT /api/me/skill-profile (or /api/people/:id/skill-profile). Text is trimmed as the
 * API trims it; a skill without a level and a nickname without 公開 are never sent.
 */
export function toSaveRequest(draft: SkillDraft, step: SkillStepNumber, submit: boolean): SaveSkillProfileRequest {
  return {
    step,
    submit,
    skills: draft.skills
      .filter((entry): entry is SkillDraftEntry & { level: SkillLevel } => entry.level !== '')
      .map((entry) => ({ categoryCode: entry.categoryCode, ownWords: entry.ownWords.trim(), level: entry.level })),
    qualifications: [...draft.qualifications],
    languages: [...draft.languages],
    weeklySlots: sortSlots(draft.weeklySlots),
    datesOff: [...new Set(draft.datesOff)].sort(),
    homeAreaId: draft.homeAreaId || null,
    areaIds: [...draft.areaIds],
    inPerson: draft.inPerson,
    online: draft.online,
    transport: TRANSPORTS.filter((transport) => draft.transport.includes(transport)),
    insurance: draftInsurance(draft),
    publicListing: draft.publicListing,
    nickname: draft.publicListing && draft.nickname.trim() ? draft.nickname.trim() : null,
  };
}

/**
 * A saved profile as the form's draft (an empty draft before the first save). Dates off that have
 * passed are dropped. Whether there is no insurance is known only once the profile was registered.
 */
export function draftOfProfile(profile: SkillProfile | null, today: string): SkillDraft {
  if (!profile) return emptySkillDraft();
  const insurance = profile.insurance;
  return {
    skills: profile.skills.map((skill) => ({ categoryCode: skill.categoryCode, ownWords: skill.ownWords, level: skill.level })),
    qualifications: [...profile.qualifications],
    languages: [...profile.languages],
    weeklySlots: sortSlots(profile.weeklySlots),
    datesOff: profile.datesOff.filter((date) => date >= today).sort(),
    homeAreaId: profile.homeAreaId ?? '',
    areaIds: [...profile.areaIds],
    inPerson: profile.inPerson,
    online: profile.online,
    transport: TRANSPORTS.filter((transport) => profile.transport.includes(transport)),
    insured: insurance ? 'yes' : profile.status === SkillProfileStatus.Draft ? '' : 'no',
    insurancePlan: insurance?.plan ?? '',
    insuranceFiscalYear: insurance ? String(insurance.fiscalYear) : '',
    insuranceCoverStart: insurance?.coverStart ?? '',
    publicListing: profile.publicListing,
    nickname: profile.nickname ?? '',
  };
}

/** Whether the draft holds changes that are not saved yet (compared as they would be sent). */
export function hasUnsavedChanges(draft: SkillDraft, profile: SkillProfile | null, today: string): boolean {
  const saved = JSON.stringify(toSaveRequest(draftOfProfile(profile, today), 1, false));
  return JSON.stringify(toSaveRequest(draft, 1, false)) !== saved;
}

// ---------------------------------------------------------------------------------------------
// Editing helpers
// ---------------------------------------------------------------------------------------------

/** A category ticked or chosen from a suggestion: added once, with the words typed so far. */
export function addSkill(draft: SkillDraft, categoryCode: string, ownWords = ''): SkillDraft {
  if (draft.skills.some((entry) => entry.categoryCode === categoryCode)) return draft;
  return { ...draft, skills: [...draft.skills, { categoryCode, ownWords: ownWords.trim(), level: '' }] };
}

export function removeSkill(draft: SkillDraft, categoryCode: string): SkillDraft {
  return { ...draft, skills: draft.skills.filter((entry) => entry.categoryCode !== categoryCode) };
}

/** A checkbox of a list (資格, 言語, 地区, 移動の手段) ticked or unticked. */
export function toggleIn<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((item) => item !== value);
  return on ? [...without, value] : without;
}

export type DateOffProblem = 'required' | 'date' | 'past' | 'duplicate' | 'tooMany';

/** 「活動できない日」に追加: a real date, today or later, not yet in the list, up to the limit. */
export function addDateOff(dates: readonly string[], raw: string, today: string): { dates: string[] } | { problem: DateOffProblem } {
  if (raw.trim() === '') return { problem: 'required' };
  const iso = parseDateInput(raw);
  if (iso === null) return { problem: 'date' };
  if (iso < today) return { problem: 'past' };
  if (dates.includes(iso)) return { problem: 'duplicate' };
  if (dates.length >= SKILL_PROFILE_LIMITS.maxDatesOff) return { problem: 'tooMany' };
  return { dates: [...dates, iso].sort() };
}

// ---------------------------------------------------------------------------------------------
// Checks per step
// ---------------------------------------------------------------------------------------------

/**
 * What a step's problem is about. Per-skill problems carry the category code:
 * `level:garden-work`, `ownWords:garden-work`.
 */
export type SkillProblemKey =
  | 'skills'
  | `level:${string}`
  | `ownWords:${string}`
  | 'qualifications'
  | 'languages'
  | 'datesOff'
  | 'homeAreaId'
  | 'howToHelp'
  | 'areaIds'
  | 'transport'
  | 'insured'
  | 'insurancePlan'
  | 'insuranceFiscalYear'
  | 'insuranceCoverStart'
  | 'nickname';

export type SkillProblemKind = 'required' | 'tooMany' | 'tooLong' | 'date' | 'outsideYear' | 'forInterpreting';

export interface SkillProblem {
  key: SkillProblemKey;
  kind: SkillProblemKind;
}

/**
 * - `next` (「次へ進む」, and every step before 「登録する」): what registering needs;
 * - `save` (「途中で保存して、あとで続ける」): only what has been filled in is checked, so a
 *   half-done step can be kept, but nothing is saved that registering would refuse.
 */
export type CheckMode = 'next' | 'save';

const problem = (key: SkillProblemKey, kind: SkillProblemKind): SkillProblem => ({ key, kind });

/** The problems of one step, in the order the person meets the fields. */
export function skillStepProblems(draft: SkillDraft, step: SkillStep, mode: CheckMode): SkillProblem[] {
  const problems: SkillProblem[] = [];
  const limits = SKILL_PROFILE_LIMITS;
  switch (step) {
    case 'skills':
      if (draft.skills.length === 0 && mode === 'next') problems.push(problem('skills', 'required'));
      if (draft.skills.length > limits.maxSkills) problems.push(problem('skills', 'tooMany'));
      for (const entry of draft.skills) {
        if (characterCount(entry.ownWords.trim()) > limits.ownWordsMaxLength)
          problems.push(problem(`ownWords:${entry.categoryCode}`, 'tooLong'));
        if (entry.level === '') problems.push(problem(`level:${entry.categoryCode}`, 'required'));
      }
      break;
    case 'qualifications':
      if (draft.qualifications.length > limits.maxQualifications) problems.push(problem('qualifications', 'tooMany'));
      if (draft.languages.length > limits.maxLanguages) problems.push(problem('languages', 'tooMany'));
      else if (mode === 'next' && needsLanguage(draft) && !draft.languages.some((code) => code !== 'ja'))
        problems.push(problem('languages', 'forInterpreting'));
      break;
    case 'availability':
      if (draft.datesOff.length > limits.maxDatesOff) problems.push(problem('datesOff', 'tooMany'));
      break;
    case 'places':
      if (mode === 'next' && draft.homeAreaId === '') problems.push(problem('homeAreaId', 'required'));
      if (mode === 'next' && !draft.inPerson && !draft.online) problems.push(problem('howToHelp', 'required'));
      if (draft.areaIds.length > limits.maxAreas) problems.push(problem('areaIds', 'tooMany'));
      else if (mode === 'next' && draft.inPerson && draft.areaIds.length === 0) problems.push(problem('areaIds', 'required'));
      break;
    case 'insurance':
      if (draft.insured === '' && mode === 'next') problems.push(problem('insured', 'required'));
      if (draft.insured === 'yes') {
        if (!isInsurancePlan(draft.insurancePlan)) problems.push(problem('insurancePlan', 'required'));
        const fiscalYear = /^\d{4}$/.test(draft.insuranceFiscalYear) ? Number(draft.insuranceFiscalYear) : null;
        if (fiscalYear === null) problems.push(problem('insuranceFiscalYear', 'required'));
        const kind = coverStartProblem(parseDateInput(draft.insuranceCoverStart), draft.insuranceCoverStart, fiscalYear);
        if (kind) problems.push(problem('insuranceCoverStart', kind));
      }
      if (draft.publicListing) {
        const length = characterCount(draft.nickname.trim());
        if (length === 0) problems.push(problem('nickname', 'required'));
        else if (length > limits.nicknameMaxLength) problems.push(problem('nickname', 'tooLong'));
      }
      break;
  }
  return problems;
}

/** 通訳・翻訳 and the like need the languages too. */
export function needsLanguage(draft: SkillDraft): boolean {
  return draft.skills.some((entry) => skillCategory(entry.categoryCode)?.requiresLanguage === true);
}

/** The first step (before `before`, or of all) that registering would refuse, or null. */
export function firstIncompleteStep(draft: SkillDraft, before?: SkillStep): SkillStep | null {
  const steps = before ? SKILL_STEPS.slice(0, SKILL_STEPS.indexOf(before)) : SKILL_STEPS;
  return steps.find((step) => skillStepProblems(draft, step, 'next').length > 0) ?? null;
}

/** Where 「続きから入力する」 goes: the saved step, but never past a step that still has a gap. */
export function resumeStep(draft: SkillDraft, savedStep: number): SkillStep {
  const saved = stepOfNumber(savedStep);
  return firstIncompleteStep(draft, saved) ?? saved;
}

// ---------------------------------------------------------------------------------------------
// The API's messages
// ---------------------------------------------------------------------------------------------

/**
 * The API's field name (SaveSkillProfileRequest, nested as `skills.0.level` or `insurance.plan`)
 * → the step and problem it belongs to; null for a message about no one field.
 */
export function problemOfApiField(apiField: string, draft: SkillDraft): { step: SkillStep; key: SkillProblemKey } | null {
  const [head, second, third] = apiField.split(/[.[\]]+/).filter(Boolean);
  switch (head) {
    case 'skills': {
      const code = /^\d+$/.test(second ?? '') ? draft.skills[Number(second)]?.categoryCode : undefined;
      if (code && third === 'ownWords') return { step: 'skills', key: `ownWords:${code}` };
      if (code && (third === 'level' || third === 'categoryCode' || third === undefined)) return { step: 'skills', key: `level:${code}` };
      return { step: 'skills', key: 'skills' };
    }
    case 'qualifications':
      return { step: 'qualifications', key: 'qualifications' };
    case 'languages':
      return { step: 'qualifications', key: 'languages' };
    case 'weeklySlots':
    case 'datesOff':
      return { step: 'availability', key: 'datesOff' };
    case 'homeAreaId':
      return { step: 'places', key: 'homeAreaId' };
    case 'areaIds':
      return { step: 'places', key: 'areaIds' };
    case 'inPerson':
    case 'online':
      return { step: 'places', key: 'howToHelp' };
    case 'transport':
      return { step: 'places', key: 'transport' };
    case 'insurance':
      if (second === 'plan') return { step: 'insurance', key: 'insurancePlan' };
      if (second === 'fiscalYear') return { step: 'insurance', key: 'insuranceFiscalYear' };
      if (second === 'coverStart') return { step: 'insurance', key: 'insuranceCoverStart' };
      return { step: 'insurance', key: 'insured' };
    case 'publicListing':
    case 'nickname':
      return { step: 'insurance', key: 'nickname' };
    default:
      return null;
  }
}

/** The API's messages, per step and problem, from a 400's `fields`. */
export type SkillServerErrors = Partial<Record<SkillStep, Partial<Record<SkillProblemKey, string>>>>;

export function serverErrorsOf(
  fields: Readonly<Record<string, string>>,
  draft: SkillDraft,
): { errors: SkillServerErrors; general: string[] } {
  const errors: SkillServerErrors = {};
  const general: string[] = [];
  for (const [apiField, text] of Object.entries(fields)) {
    const place = problemOfApiField(apiField, draft);
    if (!place) {
      general.push(text);
      continue;
    }
    const atStep = (errors[place.step] ??= {});
    atStep[place.key] ??= text;
  }
  return { errors, general };
}

/** Where a registration stands, as マイページ and the overview say it: 未登録 / 途中まで保存 / 登録済み / やめた. */
export type RegistrationStatus = 'none' | 'draft' | 'active' | 'withdrawn';

export function registrationStatus(profile: Pick<SkillProfile, 'status'> | null): RegistrationStatus {
  if (!profile) return 'none';
  switch (profile.status) {
    case SkillProfileStatus.Active:
      return 'active';
    case SkillProfileStatus.Withdrawn:
      return 'withdrawn';
    default:
      return 'draft';
  }
}
