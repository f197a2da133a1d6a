import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { OrganizationKind, Verification } from '@market/contracts';

@Entity({ name: 'organizations' })
@Unique('organizations_name_kind', ['name', 'kind'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ name: 'credit_code', type: 'text', nullable: true })
  creditCode!: string | null;

  @Column({ type: 'text', default: 'pending' })
  verification!: Verification;

  @Column({ name: 'verification_comment', type: 'text', nullable: true })
  verificationComment!: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
