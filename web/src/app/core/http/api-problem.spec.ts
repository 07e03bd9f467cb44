import { apiProblemOf } from './api-problem';

const body = (message: string, fields?: Record<string, string>) => ({ statusCode: 400, error: 'Bad Request', message, fields });

describe('apiProblemOf', () => {
  it('passes on the field messages of a 400, in the words the API chose', () => {
    expect(apiProblemOf(400, body('入力内容を確認してください。', { email: 'メールアドレスを確認してください。' }))).toEqual({
      kind: 'refused',
      status: 400,
      message: '入力内容を確認してください。',
      fields: { email: 'メールアドレスを確認してください。' },
    });
  });

  it('shows the message of a status the page expects (a wrong password, too many tries)', () => {
    expect(apiProblemOf(401, body('メールアドレスまたはパスワードが違います。'), [401, 403, 429])).toMatchObject({
      kind: 'refused',
      status: 401,
      message: 'メールアドレスまたはパスワードが違います。',
      fields: {},
    });
    expect(apiProblemOf(429, body('しばらく待ってください。'), [429])).toMatchObject({ kind: 'refused', status: 429 });
  });

  it('treats statuses the page did not expect as failures, not as messages for the person', () => {
    expect(apiProblemOf(429, body('Too Many Requests'))).toEqual({ kind: 'failed', reason: 'busy' });
    expect(apiProblemOf(503, undefined)).toEqual({ kind: 'failed', reason: 'busy' });
    expect(apiProblemOf(500, body('Internal Server Error'))).toEqual({ kind: 'failed', reason: 'unavailable' });
  });

  it('knows a request that never reached the server (offline) and an answer without the API body', () => {
    expect(apiProblemOf(0, null)).toEqual({ kind: 'failed', reason: 'offline' });
    expect(apiProblemOf(400, '<html>Bad gateway</html>')).toEqual({ kind: 'failed', reason: 'unavailable' });
  });
});
