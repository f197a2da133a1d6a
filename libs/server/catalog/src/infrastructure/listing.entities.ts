import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Field, ListingStatus, Maturity, Patent, TransferMode } from '@market/contracts';

/** Money is integer yuan in a bigint column; pg hands bigints back as strings. */
const money = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** What achievements and needs share: ownership, the review flow, search facets. */
abstract class ListingColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  field!: Field;

  @Column({ type: 'text', array: true })
  keywords!: string[];

  @Column({ type: 'text' })
  region!: string;

  @Column({ type: 'text' })
  status!: ListingStatus;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

@Entity({ name: 'achievements' })
export class AchievementEntity extends ListingColumns {
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  maturity!: Maturity;

  @Column({ name: 'transfer_modes', type: 'text', array: true })
  transferModes!: TransferMode[];

  @Column({ name: 'asking_price', type: 'bigint', nullable: true, transformer: money })
  askingPrice!: number | null;

  @Column({ type: 'jsonb' })
  patents!: Patent[];

  @Column({ type: 'text', array: true })
  inventors!: string[];
}

@Entity({ name: 'needs' })
export class NeedEntity extends ListingColumns {
  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'budget_min', type: 'bigint', transformer: money })
  budgetMin!: number;

  @Column({ name: 'budget_max', type: 'bigint', transformer: money })
  budgetMax!: number;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ name: 'cooperation_modes', type: 'text', array: true })
  cooperationModes!: TransferMode[];
}
