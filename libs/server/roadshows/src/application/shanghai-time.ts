/** Notifications and calendar descriptions speak the users' clock (Asia/Shanghai), not UTC. */
const FORMAT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export const shanghaiTime = (d: Date): string => FORMAT.format(d);
