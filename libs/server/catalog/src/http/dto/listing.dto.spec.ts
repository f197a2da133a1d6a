import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LISTING_LIMITS } from '@market/contracts';
import { CreateAchievementDto, CreateNeedDto, ReviewDto } from './listing.dto';

const problems = <T extends object>(type: new () => T, body: object): string[] =>
  validateSync(plainToInstance(type, body)).flatMap((e) => [...Object.values(e.constraints ?? {}), ...e.children?.map((c) => c.property) ?? []]);

describe('review body', () => {
  it('wants a reason for a rejection', () => {
    expect(problems(ReviewDto, { decision: 'reject' })).toContain('comment is required when rejecting: the owner reads it to know what to change (驳回时请填写驳回意见)');
    expect(problems(ReviewDto, { decision: 'reject', comment: '   ' })).toContain('comment is required when rejecting: the owner reads it to know what to change (驳回时请填写驳回意见)');
    expect(problems(ReviewDto, { decision: 'reject', comment: '请补充专利证书编号' })).toEqual([]);
  });

  it('takes an approval with or without a comment', () => {
    expect(problems(ReviewDto, { decision: 'approve' })).toEqual([]);
    expect(problems(ReviewDto, { decision: 'approve', comment: '' })).toEqual([]);
    expect(problems(ReviewDto, { decision: 'approve', comment: '材料齐全' })).toEqual([]);
  });

  it('bounds the comment', () => {
    expect(problems(ReviewDto, { decision: 'reject', comment: '改'.repeat(LISTING_LIMITS.reviewComment.maxLength) })).toEqual([]);
    expect(problems(ReviewDto, { decision: 'reject', comment: '改'.repeat(1001) })).toEqual(['comment must be shorter than or equal to 1000 characters']);
  });
});

describe('listing bodies apply the shared limits', () => {
  const achievement = {
    title: '一种高效率充电桩功率模块',
    summary: '基于碳化硅器件的充电桩功率模块，效率达到百分之九十六。',
    field: 'new_energy',
    keywords: ['充电桩'],
    maturity: 'pilot',
    transferModes: ['license'],
    askingPrice: 800_000,
    patents: [{ number: 'CN202310123456.6', type: 'invention' }],
    region: '瑞安市',
    inventors: ['王明'],
  };

  it('accepts a listing right at the limits', () => {
    expect(problems(CreateAchievementDto, achievement)).toEqual([]);
    expect(problems(CreateAchievementDto, { ...achievement, title: '题'.repeat(100), askingPrice: 1_000_000_000_000, keywords: Array.from({ length: 20 }, (_, i) => `词${i}`) })).toEqual([]);
  });

  it('refuses one character, one keyword or one yuan past them', () => {
    expect(problems(CreateAchievementDto, { ...achievement, title: '题'.repeat(101) })).toEqual(['title must be shorter than or equal to 100 characters']);
    expect(problems(CreateAchievementDto, { ...achievement, title: '题' })).toEqual(['title must be longer than or equal to 2 characters']);
    expect(problems(CreateAchievementDto, { ...achievement, askingPrice: 1_000_000_000_001 })).toEqual(['askingPrice must not be greater than 1000000000000']);
    expect(problems(CreateAchievementDto, { ...achievement, keywords: Array.from({ length: 21 }, (_, i) => `词${i}`) })).toEqual(['keywords must contain no more than 20 elements']);
    expect(problems(CreateAchievementDto, { ...achievement, inventors: ['名'.repeat(51)] })).toEqual(['each value in inventors must be shorter than or equal to 50 characters']);
    expect(problems(CreateNeedDto, { title: '题', description: '短', field: 'other', keywords: [], budgetMin: -1, budgetMax: 10, deadline: '2099-01-01', region: '瑞安市', cooperationModes: ['license'] })).toEqual([
      'title must be longer than or equal to 2 characters',
      'description must be longer than or equal to 10 characters',
      'budgetMin must not be less than 0',
    ]);
  });
});
