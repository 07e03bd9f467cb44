import { DayPeriod, InsurancePlan, SkillLevel, type SkillProfile, SkillProfileStatus, Transport } from '@tsunagu/contracts';
import {
  addDateOff,
  addSkill,
  draftInsuranceCover,
  draftOfProfile,
  emptySkillDraft,
  firstIncompleteStep,
  hasUnsavedChanges,
  registrationStatus,
  removeSkill,
  resumeStep,
  serverErrorsOf,
  type SkillDraft,
  skillStepProblems,
  toSaveRequest,
  toggleIn,
} from './skill-draft';
import { formatDateOff, suggestionsFor } from './skill-labels';
import { summaryOf } from './skill-summary';

const TODAY = '2026-05-20';

/** 草むしりが得意な方: everything a registration needs. */
const complete: SkillDraft = {
  ...emptySkillDraft(),
  skills: [{ categoryCode: 'garden-work', ownWords: ' 草むしりが得意です ', level: SkillLevel.Experienced }],
  qualifications: ['driving-licence-standard'],
  languages: ['ja'],
  weeklySlots: [
    { day: 'sat', period: DayPeriod.Morning },
    { day: 'mon', period: DayPeriod.Afternoon },
  ],
  datesOff: ['2026-08-13'],
  homeAreaId: 'area-aoba',
  areaIds: ['area-aoba', 'area-kawabe'],
  inPerson: true,
  transport: [Transport.Car, Transport.Walk],
  insured: 'yes',
  insurancePlan: InsurancePlan.BasicA,
  insuranceFiscalYear: '2026',
  insuranceCoverStart: '令和8年4月10日',
  publicListing: true,
  nickname: ' くさむしり名人 ',
};

const profileOf = (draft: SkillDraft, status: SkillProfileStatus, step: number): SkillProfile => ({
  ...toSaveRequest(draft, 1, false),
  personId: 'person-1',
  centerId: 'center-1',
  status,
  step,
  registeredAt: status === SkillProfileStatus.Active ? '2026-05-20T01:00:00.000Z' : null,
  updatedAt: '2026-05-20T01:00:00.000Z',
  insuredToday: true,
});

describe('特技バンク draft → PUT …/skill-profile', () => {
  it('sends what was filled in, trimmed, in a stable order', () => {
    expect(toSaveRequest(complete, 5, true)).toEqual({
      step: 5,
      submit: true,
      skills: [{ categoryCode: 'garden-work', ownWords: '草むしりが得意です', level: SkillLevel.Experienced }],
      qualifications: ['driving-licence-standard'],
      languages: ['ja'],
      weeklySlots: [
        { day: 'mon', period: DayPeriod.Afternoon },
        { day: 'sat', period: DayPeriod.Morning },
      ],
      datesOff: ['2026-08-13'],
      homeAreaId: 'area-aoba',
      areaIds: ['area-aoba', 'area-kawabe'],
      inPerson: true,
      online: false,
      transport: [Transport.Walk, Transport.Car],
      // 和暦 as typed from the certificate, sent as the date.
      insurance: { plan: InsurancePlan.BasicA, fiscalYear: 2026, coverStart: '2026-04-10' },
      publicListing: true,
      nickname: 'くさむしり名人',
    });
  });

  it('saves a draft part-way with the step to come back to', () => {
    const request = toSaveRequest({ ...emptySkillDraft(), skills: complete.skills }, 3, false);
    expect(request).toMatchObject({ step: 3, submit: false, homeAreaId: null, insurance: null, nickname: null });
  });

  it('sends no insurance until the answer is 「はい」 and complete, and no nickname without 公開', () => {
    expect(toSaveRequest({ ...complete, insured: 'no' }, 5, true).insurance).toBeNull();
    expect(toSaveRequest({ ...complete, insurancePlan: '' }, 5, false).insurance).toBeNull();
    expect(toSaveRequest({ ...complete, publicListing: false }, 5, true).nickname).toBeNull();
  });

  it('never sends a skill whose level is not chosen', () => {
    const draft = addSkill(complete, 'digital-support', 'スマホ');
    expect(toSaveRequest(draft, 1, false).skills.map((skill) => skill.categoryCode)).toEqual(['garden-work']);
  });
});

describe('saved profile → draft (save and continue later)', () => {
  it('gives back the same draft that was saved', () => {
    const draft = draftOfProfile(profileOf(complete, SkillProfileStatus.Draft, 3), TODAY);
    expect(toSaveRequest(draft, 3, false)).toEqual(toSaveRequest(complete, 3, false));
    expect(hasUnsavedChanges(draft, profileOf(complete, SkillProfileStatus.Draft, 3), TODAY)).toBe(false);
    expect(hasUnsavedChanges({ ...draft, online: true }, profileOf(complete, SkillProfileStatus.Draft, 3), TODAY)).toBe(true);
  });

  it('starts empty before the first save', () => {
    expect(draftOfProfile(null, TODAY)).toEqual(emptySkillDraft());
  });

  it('drops dates off that have passed', () => {
    const saved = profileOf({ ...complete, datesOff: ['2026-05-19', '2026-05-20', '2026-08-13'] }, SkillProfileStatus.Draft, 3);
    expect(draftOfProfile(saved, TODAY).datesOff).toEqual(['2026-05-20', '2026-08-13']);
  });

  it('knows 「保険はない」 only for a registered profile; a draft asks again', () => {
    const uninsured = { ...complete, insured: 'no' as const };
    expect(draftOfProfile(profileOf(uninsured, SkillProfileStatus.Active, 5), TODAY).insured).toBe('no');
    expect(draftOfProfile(profileOf(uninsured, SkillProfileStatus.Draft, 5), TODAY).insured).toBe('');
  });

  it('resumes at the saved step, unless an earlier step still has a gap', () => {
    expect(resumeStep(complete, 3)).toBe('availability');
    expect(resumeStep({ ...complete, skills: [] }, 3)).toBe('skills');
    expect(resumeStep(emptySkillDraft(), 1)).toBe('skills');
    expect(resumeStep(complete, 99)).toBe('insurance');
  });
});

describe('checks per step', () => {
  it('asks for at least one 特技 with its level to go on, but lets an empty step be saved', () => {
    expect(skillStepProblems(emptySkillDraft(), 'skills', 'next')).toEqual([{ key: 'skills', kind: 'required' }]);
    expect(skillStepProblems(emptySkillDraft(), 'skills', 'save')).toEqual([]);
    const noLevel = addSkill(emptySkillDraft(), 'garden-work', '草むしり');
    expect(skillStepProblems(noLevel, 'skills', 'save')).toEqual([{ key: 'level:garden-work', kind: 'required' }]);
  });

  it('refuses own words over 200 characters and more than 10 特技', () => {
    const long = { ...complete, skills: [{ ...complete.skills[0], ownWords: 'あ'.repeat(201) }] };
    expect(skillStepProblems(long, 'skills', 'save')).toEqual([{ key: 'ownWords:garden-work', kind: 'tooLong' }]);
    const codes = ['garden-work', 'housework', 'cooking', 'shopping-errands', 'meal-delivery', 'putting-out-rubbish'];
    const many = [...codes, 'small-repairs', 'carpentry', 'heavy-lifting', 'driving', 'reading-and-writing-help'].reduce(
      (draft, code) => ({
        ...addSkill(draft, code),
        skills: addSkill(draft, code).skills.map((s) => ({ ...s, level: SkillLevel.Beginner })),
      }),
      emptySkillDraft(),
    );
    expect(skillStepProblems(many, 'skills', 'next')).toEqual([{ key: 'skills', kind: 'tooMany' }]);
  });

  it('asks interpreters which languages (besides Japanese)', () => {
    const interpreter = addSkill(emptySkillDraft(), 'interpreting-translation');
    const draft = { ...interpreter, skills: interpreter.skills.map((s) => ({ ...s, level: SkillLevel.Professional })), languages: ['ja'] };
    expect(skillStepProblems(draft, 'qualifications', 'next')).toEqual([{ key: 'languages', kind: 'forInterpreting' }]);
    expect(skillStepProblems({ ...draft, languages: ['ja', 'vi'] }, 'qualifications', 'next')).toEqual([]);
  });

  it('asks how and where the person can help', () => {
    expect(skillStepProblems(emptySkillDraft(), 'places', 'next')).toEqual([
      { key: 'homeAreaId', kind: 'required' },
      { key: 'howToHelp', kind: 'required' },
    ]);
    expect(skillStepProblems(emptySkillDraft(), 'places', 'save')).toEqual([]);
    const home = { ...emptySkillDraft(), homeAreaId: 'area-aoba' };
    expect(skillStepProblems({ ...home, inPerson: true }, 'places', 'next')).toEqual([{ key: 'areaIds', kind: 'required' }]);
    expect(skillStepProblems({ ...home, online: true }, 'places', 'next')).toEqual([]);
  });

  it('checks the insurance when the answer is 「はい」, and the nickname when listed', () => {
    expect(skillStepProblems({ ...complete, insured: '' }, 'insurance', 'next')).toEqual([{ key: 'insured', kind: 'required' }]);
    expect(skillStepProblems({ ...complete, insured: '' }, 'insurance', 'save')).toEqual([]);
    expect(
      skillStepProblems({ ...complete, insurancePlan: '', insuranceFiscalYear: '', insuranceCoverStart: '' }, 'insurance', 'save'),
    ).toEqual([
      { key: 'insurancePlan', kind: 'required' },
      { key: 'insuranceFiscalYear', kind: 'required' },
      { key: 'insuranceCoverStart', kind: 'required' },
    ]);
    expect(skillStepProblems({ ...complete, insuranceCoverStart: '2026/3/1' }, 'insurance', 'next')).toEqual([
      { key: 'insuranceCoverStart', kind: 'outsideYear' },
    ]);
    expect(skillStepProblems({ ...complete, nickname: '  ' }, 'insurance', 'next')).toEqual([{ key: 'nickname', kind: 'required' }]);
    expect(skillStepProblems({ ...complete, nickname: 'な'.repeat(31) }, 'insurance', 'next')).toEqual([
      { key: 'nickname', kind: 'tooLong' },
    ]);
    expect(skillStepProblems({ ...complete, insured: 'no', publicListing: false }, 'insurance', 'next')).toEqual([]);
  });

  it('finds the first step with a gap, so nobody reaches the confirmation with one', () => {
    expect(firstIncompleteStep(emptySkillDraft())).toBe('skills');
    expect(firstIncompleteStep({ ...complete, inPerson: false })).toBe('places');
    expect(firstIncompleteStep(complete)).toBeNull();
    expect(firstIncompleteStep({ ...complete, insured: '' }, 'insurance')).toBeNull();
  });
});

describe('editing the draft', () => {
  it('adds a category once, with the words typed, and removes it', () => {
    const once = addSkill(emptySkillDraft(), 'garden-work', ' 草むしりが得意です ');
    expect(addSkill(once, 'garden-work', '別の言葉')).toBe(once);
    expect(once.skills).toEqual([{ categoryCode: 'garden-work', ownWords: '草むしりが得意です', level: '' }]);
    expect(removeSkill(once, 'garden-work').skills).toEqual([]);
  });

  it('ticks and unticks list items', () => {
    expect(toggleIn(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleIn(['a'], 'a', true)).toEqual(['a']);
  });

  it('adds dates off as typed (和暦 too), today or later, once each', () => {
    expect(addDateOff([], '令和8年8月13日', TODAY)).toEqual({ dates: ['2026-08-13'] });
    expect(addDateOff(['2026-08-13'], '2026/6/1', TODAY)).toEqual({ dates: ['2026-06-01', '2026-08-13'] });
    expect(addDateOff(['2026-08-13'], '2026-08-13', TODAY)).toEqual({ problem: 'duplicate' });
    expect(addDateOff([], '2026/5/19', TODAY)).toEqual({ problem: 'past' });
    expect(addDateOff([], 'お盆', TODAY)).toEqual({ problem: 'date' });
    expect(addDateOff([], ' ', TODAY)).toEqual({ problem: 'required' });
    const full = Array.from(
      { length: 60 },
      (_, i) => `2027-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    );
    expect(addDateOff(full, '2026/6/1', TODAY)).toEqual({ problem: 'tooMany' });
  });
});

describe('the insurance warning', () => {
  it('warns plainly when the draft has no insurance covering today', () => {
    expect(draftInsuranceCover({ ...complete, insured: 'no' }, TODAY)).toEqual({ kind: 'none' });
    expect(draftInsuranceCover(complete, TODAY)).toEqual({ kind: 'covered', until: '2027-03-31' });
    expect(draftInsuranceCover({ ...complete, insuranceCoverStart: '2026/6/1' }, TODAY)).toMatchObject({
      kind: 'notYet',
      from: '2026-06-01',
    });
  });
});

describe("the API's field messages", () => {
  it('go to the step and the field they are about', () => {
    const { errors, general } = serverErrorsOf(
      {
        'skills.0.ownWords': '200文字以内で入力してください。',
        'insurance.coverStart': '補償開始日を確認してください。',
        nickname: 'ニックネームを入力してください。',
        step: 'もう一度お試しください。',
      },
      complete,
    );
    expect(errors).toEqual({
      skills: { 'ownWords:garden-work': '200文字以内で入力してください。' },
      insurance: { insuranceCoverStart: '補償開始日を確認してください。', nickname: 'ニックネームを入力してください。' },
    });
    expect(general).toEqual(['もう一度お試しください。']);
  });
});

describe('suggestions from own words', () => {
  it('offers 庭仕事 for 「草むしりが得意です」, marked when already chosen', () => {
    expect(suggestionsFor('草むしりが得意です', []).map((s) => [s.code, s.chosen])).toEqual([['garden-work', false]]);
    expect(suggestionsFor('草むしりが得意です', ['garden-work'])[0].chosen).toBe(true);
    expect(suggestionsFor('  ', [])).toEqual([]);
  });

  it('offers デジタル支援 for スマホ however it is written', () => {
    for (const words of ['スマホの使い方を教えられます', 'ｽﾏﾎ', 'すまほ']) {
      expect(suggestionsFor(words, []).map((s) => s.code)).toContain('digital-support');
    }
  });
});

describe('dates as people say them', () => {
  it('shows the day of the week', () => {
    expect(formatDateOff('2026-08-13', 'ja')).toBe('2026年8月13日（木）');
    expect(formatDateOff('2026-08-13', 'en')).toBe('Thu, 13 August 2026');
  });
});

describe('the summary shown before registering', () => {
  it('words every step, with nothing left out', () => {
    const areas = [
      { id: 'area-aoba', nameJa: '青葉小学校区', nameKana: '', nameEn: 'Aoba', centerNameJa: '青葉地区', centerNameEn: 'Aoba' },
      { id: 'area-kawabe', nameJa: '川辺小学校区', nameKana: '', nameEn: 'Kawabe', centerNameJa: '川辺地区', centerNameEn: 'Kawabe' },
    ];
    const sections = summaryOf(complete, areas, 'ja');
    expect(sections.map((section) => section.step)).toEqual(['skills', 'qualifications', 'availability', 'places', 'insurance']);
    expect(sections[0].rows).toEqual([
      {
        label: { kind: 'text', text: '庭仕事' },
        values: [
          { kind: 'text', text: '草むしりが得意です' },
          { kind: 'key', key: 'skills.levels.experienced' },
        ],
      },
    ]);
    expect(sections[1].rows[0].values).toEqual([{ kind: 'text', text: '普通自動車免許' }]);
    expect(sections[2].rows[0].values).toEqual([
      { kind: 'slot', day: 'mon', periods: [DayPeriod.Afternoon] },
      { kind: 'slot', day: 'sat', periods: [DayPeriod.Morning] },
    ]);
    expect(sections[2].rows[1].values).toEqual([{ kind: 'text', text: '2026年8月13日（木）' }]);
    expect(sections[3].rows[1].values).toEqual([{ kind: 'text', text: '青葉小学校区、川辺小学校区' }]);
    expect(sections[4].rows[0].values).toEqual([
      { kind: 'key', key: 'skills.plans.basic-a' },
      { kind: 'key', key: 'skills.summary.fiscalYear', params: { year: '令和8年度（2026年度）' } },
      { kind: 'key', key: 'skills.summary.coverStart', params: { date: '2026年4月10日（令和8年）' } },
    ]);
    expect(sections[4].rows[1].values).toEqual([{ kind: 'key', key: 'skills.summary.listed', params: { nickname: 'くさむしり名人' } }]);
  });

  it('says 「なし」 and 「選んでいません」 rather than leaving a row empty', () => {
    const sections = summaryOf(emptySkillDraft(), [], 'ja');
    expect(sections[0].rows[0].values).toEqual([{ kind: 'key', key: 'skills.summary.noSkills', params: undefined }]);
    expect(sections[2].rows[0].values).toEqual([{ kind: 'key', key: 'skills.summary.noSlots', params: undefined }]);
    expect(sections[4].rows[0].values).toEqual([{ kind: 'key', key: 'skills.summary.notAnswered', params: undefined }]);
  });
});

describe('registration status', () => {
  it('is 未登録 before the first save, then follows the profile', () => {
    expect(registrationStatus(null)).toBe('none');
    expect(registrationStatus({ status: SkillProfileStatus.Draft })).toBe('draft');
    expect(registrationStatus({ status: SkillProfileStatus.Active })).toBe('active');
    expect(registrationStatus({ status: SkillProfileStatus.Withdrawn })).toBe('withdrawn');
  });
});
