import { likeContains } from './like-pattern';

describe('likeContains', () => {
  it('wraps the words in wildcards', () => {
    expect(likeContains('储能')).toBe('%储能%');
  });

  it('takes the pattern characters literally', () => {
    expect(likeContains('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
