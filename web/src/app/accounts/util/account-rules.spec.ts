import {
  emailProblem,
  loginPasswordProblem,
  nameKanaProblem,
  nameProblem,
  newPasswordProblem,
  passwordAgainProblem,
} from './account-rules';

describe('account rules', () => {
  it('asks for an email address in a usable form, accepting one typed in full-width characters', () => {
    expect(emailProblem('')).toBe('required');
    expect(emailProblem('   ')).toBe('required');
    expect(emailProblem('hanako@')).toBe('email');
    expect(emailProblem('ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ')).toBeNull();
    expect(emailProblem(`${'a'.repeat(250)}@example.jp`)).toBe('tooLong');
  });

  it('wants a new password of 10 to 128 characters, counted as a person counts them', () => {
    expect(newPasswordProblem('')).toBe('required');
    expect(newPasswordProblem('123456789')).toBe('tooShort');
    expect(newPasswordProblem('1234567890')).toBeNull();
    expect(newPasswordProblem('さくらさくらさくらさ')).toBeNull();
    expect(newPasswordProblem('🌸🌸🌸🌸🌸🌸🌸🌸🌸')).toBe('tooShort'); // 9 characters, 18 UTF-16 units
    expect(newPasswordProblem('a'.repeat(129))).toBe('tooLong');
  });

  it('keeps the spaces in a password: they are part of it', () => {
    expect(newPasswordProblem('  12345678')).toBeNull();
    expect(passwordAgainProblem('  12345678', '12345678')).toBe('mismatch');
  });

  it('checks that the new password was typed the same way twice', () => {
    expect(passwordAgainProblem('correct horse', '')).toBe('required');
    expect(passwordAgainProblem('correct horse', 'correct house')).toBe('mismatch');
    expect(passwordAgainProblem('correct horse', 'correct horse')).toBeNull();
  });

  it('at login only asks that a password was typed (old passwords may be shorter)', () => {
    expect(loginPasswordProblem('')).toBe('required');
    expect(loginPasswordProblem('short')).toBeNull();
  });

  it('asks for a name', () => {
    expect(nameProblem(' ')).toBe('required');
    expect(nameProblem('つなぐ 花子')).toBeNull();
    expect(nameProblem('あ'.repeat(101))).toBe('tooLong');
  });

  it('asks for ふりがな only when the name has kanji, in hiragana or katakana', () => {
    expect(nameKanaProblem('', 'つなぐ 花子')).toBe('required');
    expect(nameKanaProblem('', 'つなぐ はなこ')).toBeNull();
    expect(nameKanaProblem('', 'Maria Santos')).toBeNull();
    expect(nameKanaProblem('つなぐ はなこ', 'つなぐ 花子')).toBeNull();
    expect(nameKanaProblem('ツナグ ハナコ', 'つなぐ 花子')).toBeNull();
    expect(nameKanaProblem('tsunagu hanako', 'つなぐ 花子')).toBe('kana');
    expect(nameKanaProblem('花子', 'Maria Santos')).toBe('kana');
  });
});
