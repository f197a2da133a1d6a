import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { BrokerLevel, ContractType, DealSource, DealStage, Field } from '@market/contracts';

/** Money is integer yuan in a bigint column; pg hands bigints back as strings. */
export const money = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

@Entity({ name: 'deals' })
export class DealEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  stage!: DealStage;

  @Column({ type: 'text' })
  source!: DealSource;

  @Column({ name: 'achievement_id', type: 'uuid', nullable: true })
  achievementId!: string | null;

  /** The awarded challenge a deal carries out (then no achievement). */
  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId!: string | null;

  /** The challenge's title when the deal opened (an achievement's title is read from the catalog). */
  @Column({ name: 'subject_title', type: 'text', nullable: true })
  subjectTitle!: string | null;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId!: string | null;

  @Column({ name: 'lot_id', type: 'uuid', nullable: true })
  lotId!: string | null;

  @Column({ name: 'seller_organization_id', type: 'uuid' })
  sellerOrganizationId!: string;

  @Column({ name: 'buyer_organization_id', type: 'uuid' })
  buyerOrganizationId!: string;

  @Column({ name: 'broker_id', type: 'uuid', nullable: true })
  brokerId!: string | null;

  @Column({ type: 'text' })
  field!: Field;

  @Column({ type: 'text' })
  region!: string;

  @Column({ type: 'bigint', nullable: true, transformer: money })
  amount!: number | null;

  @Column({ name: 'contract_type', type: 'text', nullable: true })
  contractType!: ContractType | null;

  @Column({ name: 'contract_number', type: 'text', nullable: true })
  contractNumber!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber!: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt!: Date | null;

  @Column({ name: 'registered_by', type: 'uuid', nullable: true })
  registeredBy!: string | null;

  @Column({ name: 'seller_confirmed_at', type: 'timestamptz', nullable: true })
  sellerConfirmedAt!: Date | null;

  @Column({ name: 'seller_confirmed_by', type: 'uuid', nullable: true })
  sellerConfirmedBy!: string | null;

  @Column({ name: 'buyer_confirmed_at', type: 'timestamptz', nullable: true })
  buyerConfirmedAt!: Date | null;

  @Column({ name: 'buyer_confirmed_by', type: 'uuid', nullable: true })
  buyerConfirmedBy!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity({ name: 'stat_targets' })
export class StatTargetEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'bigint', transformer: money })
  target!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity({ name: 'broker_profiles' })
export class BrokerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'certification_level', type: 'text', nullable: true })
  certificationLevel!: BrokerLevel | null;

  @Column({ name: 'certification_number', type: 'text', nullable: true })
  certificationNumber!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
