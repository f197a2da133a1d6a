import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsString, MaxLength, Min, ValidateNested, validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { fieldProblems, validationException } from './validation-errors';

class Lot {
  @IsInt()
  @Min(0)
  deposit!: number;
}

class Body {
  @IsString()
  @MaxLength(5)
  title!: string;

  @IsIn(['a', 'b'])
  kind!: string;

  @ValidateNested({ each: true })
  @Type(() => Lot)
  @ArrayMaxSize(3)
  lots!: Lot[];
}

const errorsOf = (plain: object) => validate(plainToInstance(Body, plain), { stopAtFirstError: true, whitelist: true, forbidNonWhitelisted: true });

describe('validation messages', () => {
  it('name the field by its Chinese name and path, and say the limit in Chinese', async () => {
    const problems = fieldProblems(await errorsOf({ title: '一二三四五六', kind: 'c', lots: [{ deposit: 1 }, { deposit: -1 }] }));
    expect(problems).toEqual([
      { field: 'title', problem: '不能超过 5 个字符', problemEn: 'must be shorter than or equal to 5 characters' },
      { field: 'kind', problem: '须为以下之一：a, b', problemEn: 'must be one of the following values: a, b' },
      { field: 'lots.1.deposit', problem: '不能小于 0', problemEn: 'must not be less than 0' },
    ]);
  });

  it('answer 400 PLATFORM.VALIDATION with a Chinese message per field and params for the first', async () => {
    const body = validationException(await errorsOf({ title: 'ok', kind: 'a', lots: [{ deposit: -5 }], extra: 1 })).getResponse() as Record<string, unknown>;
    expect(body).toMatchObject({
      statusCode: 400,
      code: 'PLATFORM.VALIDATION',
      message: ['extra：是不允许的字段', '保证金（lots.0.deposit）不能小于 0'],
      params: { field: 'extra', label: '', problem: '是不允许的字段', problemEn: 'should not exist' },
    });
  });
});
