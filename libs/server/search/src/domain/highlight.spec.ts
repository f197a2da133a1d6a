import { markHighlight, POST, PRE } from './highlight';

describe('markHighlight', () => {
  it('turns the match markers into <mark> tags', () => {
    expect(markHighlight(`高效${PRE}充电桩${POST}模块`)).toBe('高效<mark>充电桩</mark>模块');
  });

  it('escapes HTML in the listing text so that it cannot inject markup', () => {
    expect(markHighlight(`<img src=x onerror="alert(1)"> ${PRE}锂电${POST}`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>锂电</mark>');
  });
});
