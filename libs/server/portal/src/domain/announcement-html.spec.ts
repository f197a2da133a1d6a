import { EXCERPT_LENGTH, excerptOf, plainText, sanitizeBody } from './announcement-html';

describe('announcement bodies', () => {
  it('keep the editor\'s structure', () => {
    const html = '<h2>申报通知</h2><p>请于<strong>12月31日</strong>前提交，详见<a href="https://kjj.wenzhou.gov.cn/x">附件</a>。</p><ul><li>一</li></ul>';
    expect(sanitizeBody(html)).toBe(
      '<h2>申报通知</h2><p>请于<strong>12月31日</strong>前提交，详见<a href="https://kjj.wenzhou.gov.cn/x" target="_blank" rel="noopener noreferrer">附件</a>。</p><ul><li>一</li></ul>',
    );
  });

  it('drop scripts, handlers, styles, frames and script links, whatever the client sent', () => {
    const hostile =
      '<p onclick="steal()" style="color:red">正文</p><script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe>' +
      '<a href="javascript:alert(1)">点我</a><a href="//evil.example">协议相对</a><svg><script>alert(2)</script></svg>';
    const clean = sanitizeBody(hostile);
    expect(clean).toBe('<p>正文</p><a target="_blank" rel="noopener noreferrer">点我</a><a target="_blank" rel="noopener noreferrer">协议相对</a>');
    expect(clean).not.toMatch(/script|onerror|onclick|iframe|javascript|style|evil/i);
  });

  it('read as plain words for lists, cut with an ellipsis', () => {
    expect(plainText('<p>第一段</p><p>第二&nbsp;段 &amp; 附件</p>')).toBe('第一段 第二 段 & 附件');
    expect(plainText('<p><br></p>')).toBe('');
    const long = `<p>${'科'.repeat(300)}</p>`;
    expect(excerptOf(long)).toHaveLength(EXCERPT_LENGTH);
    expect(excerptOf(long).endsWith('…')).toBe(true);
    expect(excerptOf('<p>短</p>')).toBe('短');
  });
});
