/** A day as people in the bureau's city read it (Asia/Shanghai), e.g. 2026/12/2. */
export function shanghaiDay(iso: string): string {
  return new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}
