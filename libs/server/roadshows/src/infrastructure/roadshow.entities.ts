import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReminderOffset, RoadshowKind, RoadshowRegistrationStatus, RoadshowStatus, SlotStatus } from '@market/contracts';

@Entity({ name: 'roadshows' })
export class RoadshowEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) kind!: RoadshowKind;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text', nullable: true }) venue!: string | null;
  @Column({ name: 'online_url', type: 'text', nullable: true }) onlineUrl!: string | null;
  @Column({ type: 'int' }) capacity!: number;
  /** Only ever changed by conditional UPDATEs in the registration transactions. */
  @Column({ name: 'registered_count', type: 'int', default: 0 }) registeredCount!: number;
  @Column({ type: 'text', default: 'scheduled' }) status!: RoadshowStatus;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'roadshow_slots' })
export class RoadshowSlotEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadshow_id', type: 'uuid' }) roadshowId!: string;
  @Column({ name: 'achievement_id', type: 'uuid' }) achievementId!: string;
  /** A copy taken when the slot is proposed: the programme reads without the catalog. */
  @Column({ name: 'achievement_title', type: 'text' }) achievementTitle!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'duration_minutes', type: 'int' }) durationMinutes!: number;
  @Column({ type: 'text' }) status!: SlotStatus;
  @Column({ name: 'proposed_by', type: 'uuid', nullable: true }) proposedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'roadshow_registrations' })
export class RoadshowRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'roadshow_id', type: 'uuid' }) roadshowId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) status!: RoadshowRegistrationStatus;
  @Column({ type: 'boolean', nullable: true }) attended!: boolean | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
}

@Entity({ name: 'roadshow_reminders' })
export class RoadshowReminderEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'registration_id', type: 'uuid' }) registrationId!: string;
  @Column({ type: 'text' }) offset!: ReminderOffset;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'skipped_at', type: 'timestamptz', nullable: true }) skippedAt!: Date | null;
}

@Entity({ name: 'roadshow_calendar_tokens' })
export class CalendarTokenEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) token!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
